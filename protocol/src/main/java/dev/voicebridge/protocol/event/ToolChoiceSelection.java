package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A base representation for a voicelive tool_choice selecting a named tool. You probably want to
 * use the sub-classes and not this class directly. Known sub-classes are:
 * ToolChoiceFunctionSelection
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface ToolChoiceSelection extends ToolChoice permits ToolChoiceFunctionSelection {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();
}
