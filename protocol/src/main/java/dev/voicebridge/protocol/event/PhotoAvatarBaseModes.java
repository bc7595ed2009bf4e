package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Photo avatar base modes.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class PhotoAvatarBaseModes extends ExpandableStringEnum {
  private static final Values<PhotoAvatarBaseModes> VALUES =
      new Values<>(PhotoAvatarBaseModes::new);

  /** The value {@code vasa-1}. */
  public static final PhotoAvatarBaseModes VASA_1 = VALUES.known("vasa-1");

  private PhotoAvatarBaseModes(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static PhotoAvatarBaseModes fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<PhotoAvatarBaseModes> values() {
    return VALUES.values();
  }
}
