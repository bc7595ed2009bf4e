package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Send this event to truncate a previous assistant message's audio, so the server's context matches
 * what the user actually heard before interrupting; the server answers with {@code
 * conversation.item.truncated}.
 *
 * <p>Wire type {@code conversation.item.truncate}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param itemId the assistant message item to truncate
 * @param contentIndex the index of the audio content part, usually 0
 * @param audioEndMs the played duration in milliseconds; must not exceed the audio's length
 */
public record ClientEventConversationItemTruncate(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("audio_end_ms") int audioEndMs)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.truncate";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the assistant message item to truncate
   * @param contentIndex the index of the audio content part, usually 0
   * @param audioEndMs the played duration in milliseconds; must not exceed the audio's length
   * @return the new event
   */
  public static ClientEventConversationItemTruncate of(
      String itemId, int contentIndex, int audioEndMs) {
    return new ClientEventConversationItemTruncate(null, itemId, contentIndex, audioEndMs);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
