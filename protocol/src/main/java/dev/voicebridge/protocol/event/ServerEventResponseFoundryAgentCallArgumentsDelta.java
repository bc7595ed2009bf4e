package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents a delta update of the arguments for a Foundry agent call.
 *
 * <p>Wire type {@code response.foundry_agent_call_arguments.delta}.
 *
 * <p>Not in the seed's model list: from the 2026-04-10 reference, shaped like the MCP events.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param delta the incremental arguments text
 */
public record ServerEventResponseFoundryAgentCallArgumentsDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("delta") String delta)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.foundry_agent_call_arguments.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param delta the incremental arguments text
   * @return the new event
   */
  public static ServerEventResponseFoundryAgentCallArgumentsDelta of(
      String responseId, String itemId, int outputIndex, String delta) {
    return new ServerEventResponseFoundryAgentCallArgumentsDelta(
        null, responseId, itemId, outputIndex, delta);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
