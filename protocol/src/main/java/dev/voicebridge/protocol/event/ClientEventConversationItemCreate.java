package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Add a new Item to the Conversation's context, including messages, function calls, and function
 * call responses. It cannot populate assistant audio messages; the server answers with {@code
 * conversation.item.created}.
 *
 * <p>Wire type {@code conversation.item.create}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param previousItemId the item to insert after, or null to append
 * @param item the item to add
 */
public record ClientEventConversationItemCreate(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("previous_item_id") String previousItemId,
    @JsonProperty("item") ConversationRequestItem item)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.create";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param item the item to add
   * @return the new event
   */
  public static ClientEventConversationItemCreate of(ConversationRequestItem item) {
    return new ClientEventConversationItemCreate(null, null, item);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
