package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Base for any response item; discriminated by {@code type}. You probably want to use the
 * sub-classes and not this class directly. Known sub-classes are: ResponseFileSearchCallItem,
 * ResponseFunctionCallItem, ResponseFunctionCallOutputItem, ResponseMCPApprovalRequestItem,
 * ResponseMCPApprovalResponseItem, ResponseMCPCallItem, ResponseMCPListToolItem,
 * ResponseMessageItem, ResponseWebSearchCallItem
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface ResponseItem extends ConversationItemBase
    permits ResponseFileSearchCallItem,
        ResponseFoundryAgentCallItem,
        ResponseFunctionCallItem,
        ResponseFunctionCallOutputItem,
        ResponseMCPApprovalRequestItem,
        ResponseMCPApprovalResponseItem,
        ResponseMCPCallItem,
        ResponseMCPListToolItem,
        ResponseMessageItem,
        ResponseWebSearchCallItem,
        UnknownResponseItem {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();
}
