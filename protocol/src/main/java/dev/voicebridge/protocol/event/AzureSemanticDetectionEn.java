package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Azure semantic end-of-utterance detection (English-optimized).
 *
 * <p>Wire {@code model}: {@code semantic_detection_v1_en}.
 *
 * @param thresholdLevel how confident the detector must be, or null for {@code medium}
 * @param timeoutMs the longest wait for the end of an utterance, in milliseconds, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AzureSemanticDetectionEn(
    @JsonProperty("threshold_level") EouThresholdLevel thresholdLevel,
    @JsonProperty("timeout_ms") Integer timeoutMs,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements EouDetection {
  /** The {@code model} this variant has on the wire. */
  public static final String MODEL = "semantic_detection_v1_en";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param thresholdLevel how confident the detector must be, or null for {@code medium}
   * @param timeoutMs the longest wait for the end of an utterance, in milliseconds, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AzureSemanticDetectionEn {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static AzureSemanticDetectionEn of() {
    return new AzureSemanticDetectionEn(null, null, Map.of());
  }

  @Override
  public String model() {
    return MODEL;
  }
}
