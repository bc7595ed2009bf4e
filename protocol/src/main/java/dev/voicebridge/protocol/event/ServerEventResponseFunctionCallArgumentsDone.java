package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when the model-generated function call arguments are done streaming. Also emitted when a
 * Response is interrupted, incomplete, or cancelled.
 *
 * <p>Wire type {@code response.function_call_arguments.done}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param callId the id of the function call
 * @param arguments the final arguments, a JSON document as a string
 * @param name the name of the function, or null
 */
public record ServerEventResponseFunctionCallArgumentsDone(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("call_id") String callId,
    @JsonProperty("arguments") String arguments,
    @JsonProperty("name") String name)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.function_call_arguments.done";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param callId the id of the function call
   * @param arguments the final arguments, a JSON document as a string
   * @param name the name of the function, or null
   * @return the new event
   */
  public static ServerEventResponseFunctionCallArgumentsDone of(
      String responseId,
      String itemId,
      int outputIndex,
      String callId,
      String arguments,
      String name) {
    return new ServerEventResponseFunctionCallArgumentsDone(
        null, responseId, itemId, outputIndex, callId, arguments, name);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
