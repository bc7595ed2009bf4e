package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Base type for message item within a conversation.
 *
 * <p>Wire {@code type}: {@code message}.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param role the author's role
 * @param content the content parts
 * @param status the processing status, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseMessageItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("role") MessageRole role,
    @JsonProperty("content") List<ContentPart> content,
    @JsonProperty("status") ResponseItemStatus status,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "message";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param role the author's role
   * @param content the content parts
   * @param status the processing status, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseMessageItem {
    content = content == null ? null : List.copyOf(content);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param role the author's role
   * @param content the content parts
   * @return the new value
   */
  public static ResponseMessageItem of(String id, MessageRole role, List<ContentPart> content) {
    return new ResponseMessageItem(id, null, role, content, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
