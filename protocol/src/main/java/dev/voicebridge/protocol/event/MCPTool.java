package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Represents a mcp tool definition.
 *
 * @param name the tool's name
 * @param description what the tool does, or null
 * @param inputSchema the JSON schema of the tool's input, or null
 * @param annotations the tool's annotations, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record MCPTool(
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("input_schema") JsonNode inputSchema,
    @JsonProperty("annotations") JsonNode annotations,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param name the tool's name
   * @param description what the tool does, or null
   * @param inputSchema the JSON schema of the tool's input, or null
   * @param annotations the tool's annotations, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public MCPTool {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the tool's name
   * @return the new value
   */
  public static MCPTool of(String name) {
    return new MCPTool(name, null, null, null, Map.of());
  }
}
