package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A response item that lists the tools available on an MCP server.
 *
 * <p>Wire {@code type}: {@code mcp_list_tools}.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param serverLabel the label of the MCP server
 * @param tools the server's tools, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseMCPListToolItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("server_label") String serverLabel,
    @JsonProperty("tools") List<MCPTool> tools,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "mcp_list_tools";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param serverLabel the label of the MCP server
   * @param tools the server's tools, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseMCPListToolItem {
    tools = tools == null ? null : List.copyOf(tools);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param serverLabel the label of the MCP server
   * @param tools the server's tools, or null
   * @return the new value
   */
  public static ResponseMCPListToolItem of(String id, String serverLabel, List<MCPTool> tools) {
    return new ResponseMCPListToolItem(id, null, serverLabel, tools, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
