package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when an Item is done streaming. Also emitted when a Response is interrupted, incomplete,
 * or cancelled.
 *
 * <p>Wire type {@code response.output_item.done}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param outputIndex the index of the output item in the response
 * @param item the item
 */
public record ServerEventResponseOutputItemDone(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("item") ResponseItem item)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.output_item.done";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param outputIndex the index of the output item in the response
   * @param item the item
   * @return the new event
   */
  public static ServerEventResponseOutputItemDone of(
      String responseId, int outputIndex, ResponseItem item) {
    return new ServerEventResponseOutputItemDone(null, responseId, outputIndex, item);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
