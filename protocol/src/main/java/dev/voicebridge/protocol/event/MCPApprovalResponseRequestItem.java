package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A request item that represents a response to an MCP approval request.
 *
 * <p>Wire {@code type}: {@code mcp_approval_response}.
 *
 * @param id the id, or null
 * @param approvalRequestId the approval request answered
 * @param approve whether the call is approved
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record MCPApprovalResponseRequestItem(
    @JsonProperty("id") String id,
    @JsonProperty("approval_request_id") String approvalRequestId,
    @JsonProperty("approve") boolean approve,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ConversationRequestItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "mcp_approval_response";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param approvalRequestId the approval request answered
   * @param approve whether the call is approved
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public MCPApprovalResponseRequestItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param approvalRequestId the approval request answered
   * @param approve whether the call is approved
   * @return the new value
   */
  public static MCPApprovalResponseRequestItem of(String approvalRequestId, boolean approve) {
    return new MCPApprovalResponseRequestItem(null, approvalRequestId, approve, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
