package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Indicates the Foundry agent call is running.
 *
 * <p>Wire type {@code response.foundry_agent_call.in_progress}.
 *
 * <p>Not in the seed's model list: from the 2026-04-10 reference, shaped like the MCP events.
 *
 * @param eventId the server-assigned event id
 * @param itemId the {@code foundry_agent_call} item
 * @param outputIndex the index of the output item in the response
 */
public record ServerEventResponseFoundryAgentCallInProgress(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.foundry_agent_call.in_progress";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the {@code foundry_agent_call} item
   * @param outputIndex the index of the output item in the response
   * @return the new event
   */
  public static ServerEventResponseFoundryAgentCallInProgress of(String itemId, int outputIndex) {
    return new ServerEventResponseFoundryAgentCallInProgress(null, itemId, outputIndex);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
