package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a conversation item is retrieved with {@code conversation.item.retrieve}.
 *
 * <p>Wire type {@code conversation.item.retrieved}.
 *
 * @param eventId the server-assigned event id
 * @param item the item
 */
public record ServerEventConversationItemRetrieved(
    @JsonProperty("event_id") String eventId, @JsonProperty("item") ResponseItem item)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.retrieved";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param item the item
   * @return the new event
   */
  public static ServerEventConversationItemRetrieved of(ResponseItem item) {
    return new ServerEventConversationItemRetrieved(null, item);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
