package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A message item within a conversation, discriminated by {@code role}. You probably want to use the
 * sub-classes and not this class directly. Known sub-classes are: AssistantMessageItem,
 * SystemMessageItem, UserMessageItem
 */
@JsonPropertyOrder({"type", "id", "role"})
@JsonIgnoreProperties(
    value = {"type", "role"},
    allowGetters = true)
public sealed interface MessageItem extends ConversationRequestItem
    permits AssistantMessageItem, SystemMessageItem, UserMessageItem {
  /**
   * Returns the author's role, which selects the variant.
   *
   * @return the role
   */
  @JsonProperty("role")
  MessageRole role();

  /**
   * Returns the message's content parts.
   *
   * @return the parts, or null
   */
  List<MessageContentPart> content();
}
