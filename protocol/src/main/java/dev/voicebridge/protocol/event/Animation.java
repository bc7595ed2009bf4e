package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Configuration for animation outputs including blendshapes and visemes metadata.
 *
 * @param modelName the animation model, e.g. {@code default}, or null
 * @param outputs the animation outputs to send, or null
 * @param emotionDetectionIntervalMs how often emotion is detected, in milliseconds, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record Animation(
    @JsonProperty("model_name") String modelName,
    @JsonProperty("outputs") List<AnimationOutputType> outputs,
    @JsonProperty("emotion_detection_interval_ms") Integer emotionDetectionIntervalMs,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param modelName the animation model, e.g. {@code default}, or null
   * @param outputs the animation outputs to send, or null
   * @param emotionDetectionIntervalMs how often emotion is detected, in milliseconds, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public Animation {
    outputs = outputs == null ? null : List.copyOf(outputs);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static Animation of() {
    return new Animation(null, null, null, Map.of());
  }
}
