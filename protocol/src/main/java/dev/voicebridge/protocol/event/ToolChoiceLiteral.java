package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * The available set of mode-level, string literal tool_choice options for the voicelive endpoint.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 *
 * <p>A bare string that is not one of these (the docs also show a function name) is kept as is.
 */
public final class ToolChoiceLiteral extends ExpandableStringEnum implements ToolChoice {
  private static final Values<ToolChoiceLiteral> VALUES = new Values<>(ToolChoiceLiteral::new);

  /** The model decides. */
  public static final ToolChoiceLiteral AUTO = VALUES.known("auto");

  /** The model calls no tool. */
  public static final ToolChoiceLiteral NONE = VALUES.known("none");

  /** The model must call a tool. */
  public static final ToolChoiceLiteral REQUIRED = VALUES.known("required");

  private ToolChoiceLiteral(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ToolChoiceLiteral fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ToolChoiceLiteral> values() {
    return VALUES.values();
  }
}
