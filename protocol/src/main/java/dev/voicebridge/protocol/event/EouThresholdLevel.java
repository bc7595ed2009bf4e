package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Threshold level settings for Azure semantic end-of-utterance detection.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class EouThresholdLevel extends ExpandableStringEnum {
  private static final Values<EouThresholdLevel> VALUES = new Values<>(EouThresholdLevel::new);

  /** The value {@code low}. */
  public static final EouThresholdLevel LOW = VALUES.known("low");

  /** The value {@code medium}. */
  public static final EouThresholdLevel MEDIUM = VALUES.known("medium");

  /** The value {@code high}. */
  public static final EouThresholdLevel HIGH = VALUES.known("high");

  /** The value {@code default}. */
  public static final EouThresholdLevel DEFAULT = VALUES.known("default");

  private EouThresholdLevel(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static EouThresholdLevel fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<EouThresholdLevel> values() {
    return VALUES.values();
  }
}
