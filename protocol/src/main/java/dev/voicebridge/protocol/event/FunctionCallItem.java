package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A function call item within a conversation.
 *
 * <p>Wire {@code type}: {@code function_call}.
 *
 * @param id the id, or null
 * @param name the function's name
 * @param callId the id of the call
 * @param arguments the arguments, a JSON document as a string
 * @param status the processing status, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record FunctionCallItem(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("call_id") String callId,
    @JsonProperty("arguments") String arguments,
    @JsonProperty("status") ItemParamStatus status,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ConversationRequestItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "function_call";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param name the function's name
   * @param callId the id of the call
   * @param arguments the arguments, a JSON document as a string
   * @param status the processing status, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public FunctionCallItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the function's name
   * @param callId the id of the call
   * @param arguments the arguments, a JSON document as a string
   * @return the new value
   */
  public static FunctionCallItem of(String name, String callId, String arguments) {
    return new FunctionCallItem(null, name, callId, arguments, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
