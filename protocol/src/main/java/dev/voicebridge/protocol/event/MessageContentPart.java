package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Base for any message content part; discriminated by {@code type}. You probably want to use the
 * sub-classes and not this class directly. Known sub-classes are: InputAudioContentPart,
 * InputTextContentPart, OutputTextContentPart
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface MessageContentPart
    permits InputAudioContentPart,
        InputTextContentPart,
        OutputTextContentPart,
        UnknownMessageContentPart {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();
}
