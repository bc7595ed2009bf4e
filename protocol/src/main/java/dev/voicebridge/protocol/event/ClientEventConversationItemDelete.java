package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Send this event when you want to remove any item from the conversation history. The server
 * answers with {@code conversation.item.deleted}.
 *
 * <p>Wire type {@code conversation.item.delete}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param itemId the item to delete
 */
public record ClientEventConversationItemDelete(
    @JsonProperty("event_id") String eventId, @JsonProperty("item_id") String itemId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.delete";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the item to delete
   * @return the new event
   */
  public static ClientEventConversationItemDelete of(String itemId) {
    return new ClientEventConversationItemDelete(null, itemId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
