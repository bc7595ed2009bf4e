package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Constrains effort on reasoning for reasoning models. Check model documentation for supported
 * values for each model. Reducing reasoning effort can result in faster responses and fewer tokens
 * used on reasoning in a response.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ReasoningEffort extends ExpandableStringEnum {
  private static final Values<ReasoningEffort> VALUES = new Values<>(ReasoningEffort::new);

  /** The value {@code none}. */
  public static final ReasoningEffort NONE = VALUES.known("none");

  /** The value {@code minimal}. */
  public static final ReasoningEffort MINIMAL = VALUES.known("minimal");

  /** The value {@code low}. */
  public static final ReasoningEffort LOW = VALUES.known("low");

  /** The value {@code medium}. */
  public static final ReasoningEffort MEDIUM = VALUES.known("medium");

  /** The value {@code high}. */
  public static final ReasoningEffort HIGH = VALUES.known("high");

  /** The value {@code xhigh}. */
  public static final ReasoningEffort XHIGH = VALUES.known("xhigh");

  private ReasoningEffort(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ReasoningEffort fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ReasoningEffort> values() {
    return VALUES.values();
  }
}
