package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Top-level union for end-of-utterance (EOU) semantic detection configuration. You probably want to
 * use the sub-classes and not this class directly. Known sub-classes are: AzureSemanticDetection,
 * AzureSemanticDetectionEn, AzureSemanticDetectionMultilingual
 */
@JsonPropertyOrder({"model"})
@JsonIgnoreProperties(
    value = {"model"},
    allowGetters = true)
public sealed interface EouDetection
    permits AzureSemanticDetection,
        AzureSemanticDetectionEn,
        AzureSemanticDetectionMultilingual,
        UnknownEouDetection {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code model} string, or null if an unknown variant had none
   */
  @JsonProperty("model")
  String model();
}
