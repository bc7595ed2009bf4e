package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The item to add to the conversation: the common view of request items (sent) and response items
 * (received).
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface ConversationItemBase permits ConversationRequestItem, ResponseItem {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();

  /**
   * Returns the item's id.
   *
   * @return the id, or null if the client leaves it to the service
   */
  @JsonProperty("id")
  String id();
}
