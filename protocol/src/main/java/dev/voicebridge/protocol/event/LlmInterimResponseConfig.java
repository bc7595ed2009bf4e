package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Configuration for LLM-based interim response generation. Uses LLM to generate context-aware
 * interim responses when any trigger condition is met.
 *
 * <p>Wire {@code type}: {@code llm-interim-response}.
 *
 * @param triggers the conditions that produce an interim response, or null
 * @param latencyThresholdMs the response latency that triggers one, in milliseconds, or null
 * @param model the model generating interim responses, or null
 * @param instructions instructions for the interim responses, or null
 * @param maxCompletionTokens the token limit of one interim response, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record LlmInterimResponseConfig(
    @JsonProperty("triggers") List<InterimResponseTrigger> triggers,
    @JsonProperty("latency_threshold_ms") Integer latencyThresholdMs,
    @JsonProperty("model") String model,
    @JsonProperty("instructions") String instructions,
    @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements InterimResponseConfigBase {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "llm-interim-response";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param triggers the conditions that produce an interim response, or null
   * @param latencyThresholdMs the response latency that triggers one, in milliseconds, or null
   * @param model the model generating interim responses, or null
   * @param instructions instructions for the interim responses, or null
   * @param maxCompletionTokens the token limit of one interim response, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public LlmInterimResponseConfig {
    triggers = triggers == null ? null : List.copyOf(triggers);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static LlmInterimResponseConfig of() {
    return new LlmInterimResponseConfig(null, null, null, null, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
