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
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param callId the call this output answers
 * @param output the output
 * @param status the processing status, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseFunctionCallOutputItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("call_id") String callId,
    @JsonProperty("output") String output,
    @JsonProperty("status") ResponseItemStatus status,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "function_call_output";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param callId the call this output answers
   * @param output the output
   * @param status the processing status, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseFunctionCallOutputItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param callId the call this output answers
   * @param output the output
   * @return the new value
   */
  public static ResponseFunctionCallOutputItem of(String id, String callId, String output) {
    return new ResponseFunctionCallOutputItem(id, null, callId, output, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
