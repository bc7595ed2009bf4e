package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The representation of a voicelive tool_choice selecting a named function tool.
 *
 * <p>Wire {@code type}: {@code function}.
 *
 * @param name the function the model must call
 */
public record ToolChoiceFunctionSelection(@JsonProperty("name") String name)
    implements ToolChoiceSelection {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "function";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the function the model must call
   * @return the new value
   */
  public static ToolChoiceFunctionSelection of(String name) {
    return new ToolChoiceFunctionSelection(name);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
