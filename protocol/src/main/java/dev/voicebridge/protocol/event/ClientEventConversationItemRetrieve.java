package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Send this event when you want to retrieve the server's representation of a specific item in the
 * conversation history, e.g. to inspect user audio after noise cancellation and VAD. The server
 * answers with {@code conversation.item.retrieved}.
 *
 * <p>Wire type {@code conversation.item.retrieve}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param itemId the item to retrieve
 */
public record ClientEventConversationItemRetrieve(
    @JsonProperty("event_id") String eventId, @JsonProperty("item_id") String itemId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.retrieve";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the item to retrieve
   * @return the new event
   */
  public static ClientEventConversationItemRetrieve of(String itemId) {
    return new ClientEventConversationItemRetrieve(null, itemId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
