package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A response item that represents a request for approval to call an MCP tool.
 *
 * <p>Wire {@code type}: {@code mcp_approval_request}.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param serverLabel the label of the MCP server
 * @param name the tool's name
 * @param arguments the arguments, a JSON document as a string
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseMCPApprovalRequestItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("server_label") String serverLabel,
    @JsonProperty("name") String name,
    @JsonProperty("arguments") String arguments,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "mcp_approval_request";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param serverLabel the label of the MCP server
   * @param name the tool's name
   * @param arguments the arguments, a JSON document as a string
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseMCPApprovalRequestItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param serverLabel the label of the MCP server
   * @param name the tool's name
   * @param arguments the arguments, a JSON document as a string
   * @return the new value
   */
  public static ResponseMCPApprovalRequestItem of(
      String id, String serverLabel, String name, String arguments) {
    return new ResponseMCPApprovalRequestItem(id, null, serverLabel, name, arguments, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
