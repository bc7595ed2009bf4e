package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A response item that represents a call to a Foundry agent tool.
 *
 * <p>Wire {@code type}: {@code foundry_agent_call}.
 *
 * <p>Not in the seed's model list: from the 2026-04-10 reference.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param name the agent's name
 * @param callId the id of the call
 * @param arguments the arguments, a JSON document as a string
 * @param agentResponseId the id of the agent's response, or null
 * @param output the agent's output, or null
 * @param error the error, or null
 * @param status the processing status, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseFoundryAgentCallItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("name") String name,
    @JsonProperty("call_id") String callId,
    @JsonProperty("arguments") String arguments,
    @JsonProperty("agent_response_id") String agentResponseId,
    @JsonProperty("output") String output,
    @JsonProperty("error") JsonNode error,
    @JsonProperty("status") ResponseItemStatus status,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "foundry_agent_call";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param name the agent's name
   * @param callId the id of the call
   * @param arguments the arguments, a JSON document as a string
   * @param agentResponseId the id of the agent's response, or null
   * @param output the agent's output, or null
   * @param error the error, or null
   * @param status the processing status, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseFoundryAgentCallItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param name the agent's name
   * @param callId the id of the call
   * @param arguments the arguments, a JSON document as a string
   * @return the new value
   */
  public static ResponseFoundryAgentCallItem of(
      String id, String name, String callId, String arguments) {
    return new ResponseFoundryAgentCallItem(
        id, null, name, callId, arguments, null, null, null, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
