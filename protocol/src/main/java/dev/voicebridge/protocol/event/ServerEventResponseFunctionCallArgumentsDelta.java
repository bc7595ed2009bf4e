package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when the model-generated function call arguments are updated.
 *
 * <p>Wire type {@code response.function_call_arguments.delta}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param callId the id of the function call
 * @param delta the incremental arguments text
 */
public record ServerEventResponseFunctionCallArgumentsDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("call_id") String callId,
    @JsonProperty("delta") String delta)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.function_call_arguments.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param callId the id of the function call
   * @param delta the incremental arguments text
   * @return the new event
   */
  public static ServerEventResponseFunctionCallArgumentsDelta of(
      String responseId, String itemId, int outputIndex, String callId, String delta) {
    return new ServerEventResponseFunctionCallArgumentsDelta(
        null, responseId, itemId, outputIndex, callId, delta);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
