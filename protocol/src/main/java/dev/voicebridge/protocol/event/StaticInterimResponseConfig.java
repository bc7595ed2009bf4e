package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Configuration for static interim response generation. Randomly selects from configured texts when
 * any trigger condition is met.
 *
 * <p>Wire {@code type}: {@code static-interim-response}.
 *
 * @param triggers the conditions that produce an interim response, or null
 * @param latencyThresholdMs the response latency that triggers one, in milliseconds, or null
 * @param texts the texts to choose from
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record StaticInterimResponseConfig(
    @JsonProperty("triggers") List<InterimResponseTrigger> triggers,
    @JsonProperty("latency_threshold_ms") Integer latencyThresholdMs,
    @JsonProperty("texts") List<String> texts,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements InterimResponseConfigBase {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "static-interim-response";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param triggers the conditions that produce an interim response, or null
   * @param latencyThresholdMs the response latency that triggers one, in milliseconds, or null
   * @param texts the texts to choose from
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public StaticInterimResponseConfig {
    triggers = triggers == null ? null : List.copyOf(triggers);
    texts = texts == null ? null : List.copyOf(texts);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param texts the texts to choose from
   * @return the new value
   */
  public static StaticInterimResponseConfig of(List<String> texts) {
    return new StaticInterimResponseConfig(null, null, texts, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
