package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents a word-level audio timestamp delta for a response.
 *
 * <p>Wire type {@code response.audio_timestamp.delta}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param audioOffsetMs the offset of the word in the output audio, in milliseconds
 * @param audioDurationMs the duration of the word in the output audio, in milliseconds
 * @param text the word
 * @param timestampType the kind of timestamp, {@code word}
 */
public record ServerEventResponseAudioTimestampDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("audio_offset_ms") int audioOffsetMs,
    @JsonProperty("audio_duration_ms") int audioDurationMs,
    @JsonProperty("text") String text,
    @JsonProperty("timestamp_type") AudioTimestampType timestampType)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.audio_timestamp.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param audioOffsetMs the offset of the word in the output audio, in milliseconds
   * @param audioDurationMs the duration of the word in the output audio, in milliseconds
   * @param text the word
   * @param timestampType the kind of timestamp, {@code word}
   * @return the new event
   */
  public static ServerEventResponseAudioTimestampDelta of(
      String responseId,
      String itemId,
      int outputIndex,
      int contentIndex,
      int audioOffsetMs,
      int audioDurationMs,
      String text,
      AudioTimestampType timestampType) {
    return new ServerEventResponseAudioTimestampDelta(
        null,
        responseId,
        itemId,
        outputIndex,
        contentIndex,
        audioOffsetMs,
        audioDurationMs,
        text,
        timestampType);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
