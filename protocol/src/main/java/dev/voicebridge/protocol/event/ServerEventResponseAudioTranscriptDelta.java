package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when the model-generated transcription of audio output is updated.
 *
 * <p>Wire type {@code response.audio_transcript.delta}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param delta the incremental transcript
 */
public record ServerEventResponseAudioTranscriptDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("delta") String delta)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.audio_transcript.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param delta the incremental transcript
   * @return the new event
   */
  public static ServerEventResponseAudioTranscriptDelta of(
      String responseId, String itemId, int outputIndex, int contentIndex, String delta) {
    return new ServerEventResponseAudioTranscriptDelta(
        null, responseId, itemId, outputIndex, contentIndex, delta);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
