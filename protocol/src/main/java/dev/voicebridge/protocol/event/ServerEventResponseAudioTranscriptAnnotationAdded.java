package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Returned when an audio transcript annotation is added to a response.
 *
 * <p>Wire type {@code response.audio_transcript.annotation.added}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param annotationIndex the index of the annotation in the content part
 * @param annotation the annotation, as sent
 */
public record ServerEventResponseAudioTranscriptAnnotationAdded(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("annotation_index") int annotationIndex,
    @JsonProperty("annotation") JsonNode annotation)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.audio_transcript.annotation.added";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param annotationIndex the index of the annotation in the content part
   * @param annotation the annotation, as sent
   * @return the new event
   */
  public static ServerEventResponseAudioTranscriptAnnotationAdded of(
      String responseId,
      String itemId,
      int outputIndex,
      int contentIndex,
      int annotationIndex,
      JsonNode annotation) {
    return new ServerEventResponseAudioTranscriptAnnotationAdded(
        null, responseId, itemId, outputIndex, contentIndex, annotationIndex, annotation);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
