package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents a viseme ID delta update for animation based on audio.
 *
 * <p>Wire type {@code response.animation_viseme.delta}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param audioOffsetMs the offset of the viseme in the output audio, in milliseconds
 * @param visemeId the viseme id
 */
public record ServerEventResponseAnimationVisemeDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("audio_offset_ms") int audioOffsetMs,
    @JsonProperty("viseme_id") int visemeId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.animation_viseme.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param audioOffsetMs the offset of the viseme in the output audio, in milliseconds
   * @param visemeId the viseme id
   * @return the new event
   */
  public static ServerEventResponseAnimationVisemeDelta of(
      String responseId,
      String itemId,
      int outputIndex,
      int contentIndex,
      int audioOffsetMs,
      int visemeId) {
    return new ServerEventResponseAnimationVisemeDelta(
        null, responseId, itemId, outputIndex, contentIndex, audioOffsetMs, visemeId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
