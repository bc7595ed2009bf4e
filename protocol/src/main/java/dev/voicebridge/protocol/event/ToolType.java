package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * The supported tool type discriminators for voicelive tools. Currently, only 'function' tools are
 * supported.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ToolType extends ExpandableStringEnum {
  private static final Values<ToolType> VALUES = new Values<>(ToolType::new);

  /** The value {@code function}. */
  public static final ToolType FUNCTION = VALUES.known("function");

  /** The value {@code mcp}. */
  public static final ToolType MCP = VALUES.known("mcp");

  /** The value {@code foundry_agent}. */
  public static final ToolType FOUNDRY_AGENT = VALUES.known("foundry_agent");

  private ToolType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ToolType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ToolType> values() {
    return VALUES.values();
  }
}
