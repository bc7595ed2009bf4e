package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Output timestamp types supported in audio response content.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class AudioTimestampType extends ExpandableStringEnum {
  private static final Values<AudioTimestampType> VALUES = new Values<>(AudioTimestampType::new);

  /** Word-level timestamps. */
  public static final AudioTimestampType WORD = VALUES.known("word");

  private AudioTimestampType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static AudioTimestampType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<AudioTimestampType> values() {
    return VALUES.values();
  }
}
