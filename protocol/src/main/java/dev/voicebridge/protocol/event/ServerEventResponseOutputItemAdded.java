package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a new Item is created during Response generation.
 *
 * <p>Wire type {@code response.output_item.added}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param outputIndex the index of the output item in the response
 * @param item the item
 */
public record ServerEventResponseOutputItemAdded(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("item") ResponseItem item)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.output_item.added";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param outputIndex the index of the output item in the response
   * @param item the item
   * @return the new event
   */
  public static ServerEventResponseOutputItemAdded of(
      String responseId, int outputIndex, ResponseItem item) {
    return new ServerEventResponseOutputItemAdded(null, responseId, outputIndex, item);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
