package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A function call output item within a conversation.
 *
 * <p>Wire {@code type}: {@code function_call_output}.
 *
 * @param id the id, or null
 * @param callId the call this output answers
 * @param output the output: a string, usually a JSON document, never a JSON object
 * @param status the processing status, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record FunctionCallOutputItem(
    @JsonProperty("id") String id,
    @JsonProperty("call_id") String callId,
    @JsonProperty("output") String output,
    @JsonProperty("status") ItemParamStatus status,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ConversationRequestItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "function_call_output";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param callId the call this output answers
   * @param output the output: a string, usually a JSON document, never a JSON object
   * @param status the processing status, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public FunctionCallOutputItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param callId the call this output answers
   * @param output the output: a string, usually a JSON document, never a JSON object
   * @return the new value
   */
  public static FunctionCallOutputItem of(String callId, String output) {
    return new FunctionCallOutputItem(null, callId, output, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
