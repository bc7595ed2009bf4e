package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a conversation item is created: by a response, by a commit of the input audio
 * buffer, or by a client's {@code conversation.item.create}.
 *
 * <p>Wire type {@code conversation.item.created}.
 *
 * @param eventId the server-assigned event id
 * @param previousItemId the item the new one follows, or null
 * @param item the item
 */
public record ServerEventConversationItemCreated(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("previous_item_id") String previousItemId,
    @JsonProperty("item") ResponseItem item)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.created";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param previousItemId the item the new one follows, or null
   * @param item the item
   * @return the new event
   */
  public static ServerEventConversationItemCreated of(String previousItemId, ResponseItem item) {
    return new ServerEventConversationItemCreated(null, previousItemId, item);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
