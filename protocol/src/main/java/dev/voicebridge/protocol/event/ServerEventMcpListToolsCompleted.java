package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * MCP list tools completed message.
 *
 * <p>Wire type {@code mcp_list_tools.completed}.
 *
 * @param eventId the server-assigned event id
 * @param itemId the {@code mcp_list_tools} item
 */
public record ServerEventMcpListToolsCompleted(
    @JsonProperty("event_id") String eventId, @JsonProperty("item_id") String itemId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "mcp_list_tools.completed";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the {@code mcp_list_tools} item
   * @return the new event
   */
  public static ServerEventMcpListToolsCompleted of(String itemId) {
    return new ServerEventMcpListToolsCompleted(null, itemId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
