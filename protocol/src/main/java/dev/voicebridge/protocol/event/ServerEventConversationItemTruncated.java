package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when an earlier assistant audio message item is truncated by the client with a {@code
 * conversation.item.truncate} event, or by the server's {@code auto_truncate}.
 *
 * <p>Wire type {@code conversation.item.truncated}.
 *
 * @param eventId the server-assigned event id
 * @param itemId the truncated item
 * @param contentIndex the index of the truncated content part
 * @param audioEndMs the duration, in milliseconds, up to which the audio was kept
 */
public record ServerEventConversationItemTruncated(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("audio_end_ms") int audioEndMs)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.truncated";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the truncated item
   * @param contentIndex the index of the truncated content part
   * @param audioEndMs the duration, in milliseconds, up to which the audio was kept
   * @return the new event
   */
  public static ServerEventConversationItemTruncated of(
      String itemId, int contentIndex, int audioEndMs) {
    return new ServerEventConversationItemTruncated(null, itemId, contentIndex, audioEndMs);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
