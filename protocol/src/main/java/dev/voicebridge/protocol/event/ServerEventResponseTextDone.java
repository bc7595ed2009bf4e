package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when the text value of a "text" content part is done streaming. Also emitted when a
 * Response is interrupted, incomplete, or cancelled.
 *
 * <p>Wire type {@code response.text.done}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param text the final text
 */
public record ServerEventResponseTextDone(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("text") String text)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.text.done";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param text the final text
   * @return the new event
   */
  public static ServerEventResponseTextDone of(
      String responseId, String itemId, int outputIndex, int contentIndex, String text) {
    return new ServerEventResponseTextDone(
        null, responseId, itemId, outputIndex, contentIndex, text);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
