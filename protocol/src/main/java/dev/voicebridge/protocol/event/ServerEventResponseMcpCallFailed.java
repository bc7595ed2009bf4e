package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Indicates the MCP call has failed.
 *
 * <p>Wire type {@code response.mcp_call.failed}.
 *
 * @param eventId the server-assigned event id
 * @param itemId the {@code mcp_call} item
 * @param outputIndex the index of the output item in the response
 */
public record ServerEventResponseMcpCallFailed(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.mcp_call.failed";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the {@code mcp_call} item
   * @param outputIndex the index of the output item in the response
   * @return the new event
   */
  public static ServerEventResponseMcpCallFailed of(String itemId, int outputIndex) {
    return new ServerEventResponseMcpCallFailed(null, itemId, outputIndex);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
