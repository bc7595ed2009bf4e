package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A response item that represents a call to an MCP tool.
 *
 * <p>Wire {@code type}: {@code mcp_call}.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param serverLabel the label of the MCP server
 * @param name the tool's name
 * @param approvalRequestId the approval request of this call, or null
 * @param arguments the arguments, a JSON document as a string
 * @param output the tool's output, or null
 * @param error the error, or null
 * @param status the processing status, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseMCPCallItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("server_label") String serverLabel,
    @JsonProperty("name") String name,
    @JsonProperty("approval_request_id") String approvalRequestId,
    @JsonProperty("arguments") String arguments,
    @JsonProperty("output") String output,
    @JsonProperty("error") JsonNode error,
    @JsonProperty("status") ResponseItemStatus status,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "mcp_call";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param serverLabel the label of the MCP server
   * @param name the tool's name
   * @param approvalRequestId the approval request of this call, or null
   * @param arguments the arguments, a JSON document as a string
   * @param output the tool's output, or null
   * @param error the error, or null
   * @param status the processing status, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseMCPCallItem {
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
  public static ResponseMCPCallItem of(
      String id, String serverLabel, String name, String arguments) {
    return new ResponseMCPCallItem(
        id, null, serverLabel, name, null, arguments, null, null, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
