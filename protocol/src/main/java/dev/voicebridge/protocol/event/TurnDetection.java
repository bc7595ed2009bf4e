package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Top-level union for turn detection configuration. You probably want to use the sub-classes and
 * not this class directly. Known sub-classes are: AzureSemanticVad, AzureSemanticVadEn,
 * AzureSemanticVadMultilingual, ServerVad
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface TurnDetection
    permits AzureSemanticVad,
        AzureSemanticVadEn,
        AzureSemanticVadMultilingual,
        SemanticVad,
        ServerVad,
        UnknownTurnDetection {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();
}
