package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Indicates completion of viseme animation delivery for a response.
 *
 * <p>Wire type {@code response.animation_viseme.done}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 */
public record ServerEventResponseAnimationVisemeDone(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.animation_viseme.done";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @return the new event
   */
  public static ServerEventResponseAnimationVisemeDone of(
      String responseId, String itemId, int outputIndex, int contentIndex) {
    return new ServerEventResponseAnimationVisemeDone(
        null, responseId, itemId, outputIndex, contentIndex);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
