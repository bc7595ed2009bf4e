package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Indicates the completion of blendshape animation processing for a specific output of a response.
 *
 * <p>Wire type {@code response.animation_blendshapes.done}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 */
public record ServerEventResponseAnimationBlendshapeDone(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.animation_blendshapes.done";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @return the new event
   */
  public static ServerEventResponseAnimationBlendshapeDone of(
      String responseId, String itemId, int outputIndex) {
    return new ServerEventResponseAnimationBlendshapeDone(null, responseId, itemId, outputIndex);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
