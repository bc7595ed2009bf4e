package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The definition of a function tool as used by the voicelive endpoint.
 *
 * <p>Wire {@code type}: {@code function}.
 *
 * @param name the function name
 * @param description what the function does, for the model, or null
 * @param parameters the JSON schema of the arguments, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record FunctionTool(
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("parameters") JsonNode parameters,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements Tool {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "function";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param name the function name
   * @param description what the function does, for the model, or null
   * @param parameters the JSON schema of the arguments, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public FunctionTool {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the function name
   * @param description what the function does, for the model, or null
   * @param parameters the JSON schema of the arguments, or null
   * @return the new value
   */
  public static FunctionTool of(String name, String description, JsonNode parameters) {
    return new FunctionTool(name, description, parameters, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
