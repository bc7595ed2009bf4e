package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The base representation of a voicelive tool definition. You probably want to use the sub-classes
 * and not this class directly. Known sub-classes are: FunctionTool, MCPServer
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface Tool permits FoundryAgentTool, FunctionTool, MCPServer, UnknownTool {
  /**
   * Returns the discriminator naming this variant on the wire.
   *
   * @return the {@code type} string, or null if an unknown variant had none
   */
  @JsonProperty("type")
  String type();
}
