package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * An assistant message item within a conversation.
 *
 * <p>Wire {@code type}: {@code message}.
 *
 * @param id the id, or null
 * @param content the content, {@code text} parts
 * @param status the processing status, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AssistantMessageItem(
    @JsonProperty("id") String id,
    @JsonProperty("content") List<MessageContentPart> content,
    @JsonProperty("status") ItemParamStatus status,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements MessageItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "message";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param content the content, {@code text} parts
   * @param status the processing status, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AssistantMessageItem {
    content = content == null ? null : List.copyOf(content);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param content the content, {@code text} parts
   * @return the new value
   */
  public static AssistantMessageItem of(List<MessageContentPart> content) {
    return new AssistantMessageItem(null, content, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public MessageRole role() {
    return MessageRole.ASSISTANT;
  }
}
