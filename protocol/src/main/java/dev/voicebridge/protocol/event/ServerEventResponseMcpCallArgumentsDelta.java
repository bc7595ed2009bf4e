package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents a delta update of the arguments for an MCP tool call.
 *
 * <p>Wire type {@code response.mcp_call_arguments.delta}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param delta the incremental arguments text
 * @param obfuscation padding the service may add to hide the delta's size, or null
 */
public record ServerEventResponseMcpCallArgumentsDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("delta") String delta,
    @JsonProperty("obfuscation") String obfuscation)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.mcp_call_arguments.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param delta the incremental arguments text
   * @return the new event
   */
  public static ServerEventResponseMcpCallArgumentsDelta of(
      String responseId, String itemId, int outputIndex, String delta) {
    return new ServerEventResponseMcpCallArgumentsDelta(
        null, responseId, itemId, outputIndex, delta, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
