package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A response item that represents a response to an MCP approval request.
 *
 * <p>Wire {@code type}: {@code mcp_approval_response}.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param approvalRequestId the approval request answered
 * @param approve whether the call was approved
 * @param reason the reason given, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseMCPApprovalResponseItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("approval_request_id") String approvalRequestId,
    @JsonProperty("approve") boolean approve,
    @JsonProperty("reason") String reason,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "mcp_approval_response";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param approvalRequestId the approval request answered
   * @param approve whether the call was approved
   * @param reason the reason given, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseMCPApprovalResponseItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param approvalRequestId the approval request answered
   * @param approve whether the call was approved
   * @return the new value
   */
  public static ResponseMCPApprovalResponseItem of(
      String id, String approvalRequestId, boolean approve) {
    return new ResponseMCPApprovalResponseItem(
        id, null, approvalRequestId, approve, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
