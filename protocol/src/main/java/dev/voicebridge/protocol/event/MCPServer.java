package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The definition of an MCP server as used by the voicelive endpoint.
 *
 * <p>Wire {@code type}: {@code mcp}.
 *
 * @param serverLabel the label the model and events use for the server
 * @param serverUrl the server's URL
 * @param allowedTools the tools the model may call, or null for all
 * @param headers HTTP headers sent to the server, or null
 * @param authorization the authorization value sent to the server, or null
 * @param requireApproval {@code "never"}, {@code "always"} (the default), or {@code
 *     {"never":[...],"always":[...]}}; see {@link MCPApprovalType}
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record MCPServer(
    @JsonProperty("server_label") String serverLabel,
    @JsonProperty("server_url") String serverUrl,
    @JsonProperty("allowed_tools") List<String> allowedTools,
    @JsonProperty("headers") Map<String, String> headers,
    @JsonProperty("authorization") String authorization,
    @JsonProperty("require_approval") JsonNode requireApproval,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements Tool {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "mcp";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param serverLabel the label the model and events use for the server
   * @param serverUrl the server's URL
   * @param allowedTools the tools the model may call, or null for all
   * @param headers HTTP headers sent to the server, or null
   * @param authorization the authorization value sent to the server, or null
   * @param requireApproval {@code "never"}, {@code "always"} (the default), or {@code
   *     {"never":[...],"always":[...]}}; see {@link MCPApprovalType}
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public MCPServer {
    allowedTools = allowedTools == null ? null : List.copyOf(allowedTools);
    headers = headers == null ? null : Map.copyOf(headers);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param serverLabel the label the model and events use for the server
   * @param serverUrl the server's URL
   * @return the new value
   */
  public static MCPServer of(String serverLabel, String serverUrl) {
    return new MCPServer(serverLabel, serverUrl, null, null, null, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
