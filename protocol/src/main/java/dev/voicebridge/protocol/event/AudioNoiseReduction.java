package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Configuration for input audio noise reduction.
 *
 * @param type {@code azure_deep_noise_suppression}, or {@code near_field} / {@code far_field}
 *     (gpt-realtime models only)
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AudioNoiseReduction(
    @JsonProperty("type") String type,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param type {@code azure_deep_noise_suppression}, or {@code near_field} / {@code far_field}
   *     (gpt-realtime models only)
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AudioNoiseReduction {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param type {@code azure_deep_noise_suppression}, or {@code near_field} / {@code far_field}
   *     (gpt-realtime models only)
   * @return the new value
   */
  public static AudioNoiseReduction of(String type) {
    return new AudioNoiseReduction(type, Map.of());
  }

  /** Azure deep noise suppression, available with every model. */
  public static final String AZURE_DEEP_NOISE_SUPPRESSION = "azure_deep_noise_suppression";

  /** OpenAI near-field noise reduction (gpt-realtime models only). */
  public static final String NEAR_FIELD = "near_field";

  /** OpenAI far-field noise reduction (gpt-realtime models only). */
  public static final String FAR_FIELD = "far_field";
}
