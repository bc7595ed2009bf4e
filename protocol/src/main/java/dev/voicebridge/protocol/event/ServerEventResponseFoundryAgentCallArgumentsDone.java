package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Indicates the completion of the arguments for a Foundry agent call.
 *
 * <p>Wire type {@code response.foundry_agent_call_arguments.done}.
 *
 * <p>Not in the seed's model list: from the 2026-04-10 reference, shaped like the MCP events.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param arguments the final arguments, a JSON document as a string
 */
public record ServerEventResponseFoundryAgentCallArgumentsDone(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("arguments") String arguments)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.foundry_agent_call_arguments.done";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param arguments the final arguments, a JSON document as a string
   * @return the new event
   */
  public static ServerEventResponseFoundryAgentCallArgumentsDone of(
      String responseId, String itemId, int outputIndex, String arguments) {
    return new ServerEventResponseFoundryAgentCallArgumentsDone(
        null, responseId, itemId, outputIndex, arguments);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
