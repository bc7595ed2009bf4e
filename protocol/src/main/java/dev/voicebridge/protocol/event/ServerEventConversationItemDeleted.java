package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when an item in the conversation is deleted by the client with a {@code
 * conversation.item.delete} event.
 *
 * <p>Wire type {@code conversation.item.deleted}.
 *
 * @param eventId the server-assigned event id
 * @param itemId the deleted item
 */
public record ServerEventConversationItemDeleted(
    @JsonProperty("event_id") String eventId, @JsonProperty("item_id") String itemId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.deleted";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the deleted item
   * @return the new event
   */
  public static ServerEventConversationItemDeleted of(String itemId) {
    return new ServerEventConversationItemDeleted(null, itemId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
