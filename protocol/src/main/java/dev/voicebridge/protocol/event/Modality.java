package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Supported modalities for the session.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class Modality extends ExpandableStringEnum {
  private static final Values<Modality> VALUES = new Values<>(Modality::new);

  /** The value {@code text}. */
  public static final Modality TEXT = VALUES.known("text");

  /** The value {@code audio}. */
  public static final Modality AUDIO = VALUES.known("audio");

  /** The value {@code animation}. */
  public static final Modality ANIMATION = VALUES.known("animation");

  /** The value {@code avatar}. */
  public static final Modality AVATAR = VALUES.known("avatar");

  private Modality(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static Modality fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<Modality> values() {
    return VALUES.values();
  }
}
