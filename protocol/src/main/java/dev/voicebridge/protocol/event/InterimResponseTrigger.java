package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Triggers that can activate interim response generation.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class InterimResponseTrigger extends ExpandableStringEnum {
  private static final Values<InterimResponseTrigger> VALUES =
      new Values<>(InterimResponseTrigger::new);

  /** The response takes longer than a threshold. */
  public static final InterimResponseTrigger LATENCY = VALUES.known("latency");

  /** A tool call is running. */
  public static final InterimResponseTrigger TOOL = VALUES.known("tool");

  private InterimResponseTrigger(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static InterimResponseTrigger fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<InterimResponseTrigger> values() {
    return VALUES.values();
  }
}
