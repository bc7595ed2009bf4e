package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * Returned when the model-generated audio is updated.
 *
 * <p>Wire type {@code response.audio.delta}.
 *
 * <p>The audio array is not copied, for the media path's sake: callers hand it over and must not
 * change it afterwards.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param delta audio in the session's {@code output_audio_format}, sent as base64
 */
public record ServerEventResponseAudioDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("delta") byte[] delta)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.audio.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param delta audio in the session's {@code output_audio_format}, sent as base64
   * @return the new event
   */
  public static ServerEventResponseAudioDelta of(
      String responseId, String itemId, int outputIndex, int contentIndex, byte[] delta) {
    return new ServerEventResponseAudioDelta(
        null, responseId, itemId, outputIndex, contentIndex, delta);
  }

  @Override
  public String type() {
    return TYPE;
  }

  // Arrays compare by identity in a record; audio payloads must compare by content.
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ServerEventResponseAudioDelta that)) {
      return false;
    }
    return Objects.equals(eventId, that.eventId)
        && Objects.equals(responseId, that.responseId)
        && Objects.equals(itemId, that.itemId)
        && outputIndex == that.outputIndex
        && contentIndex == that.contentIndex
        && Arrays.equals(delta, that.delta);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(eventId, responseId, itemId, outputIndex, contentIndex)
        + Arrays.hashCode(delta);
  }

  // Audio would flood logs: show its length only.
  @Override
  public String toString() {
    return "ServerEventResponseAudioDelta["
        + "eventId="
        + eventId
        + ", "
        + "responseId="
        + responseId
        + ", "
        + "itemId="
        + itemId
        + ", "
        + "outputIndex="
        + outputIndex
        + ", "
        + "contentIndex="
        + contentIndex
        + ", "
        + "delta="
        + (delta == null ? "null" : delta.length + " bytes")
        + "]";
  }
}
