package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Avatar config types.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class AvatarConfigTypes extends ExpandableStringEnum {
  private static final Values<AvatarConfigTypes> VALUES = new Values<>(AvatarConfigTypes::new);

  /** A video avatar. */
  public static final AvatarConfigTypes VIDEO_AVATAR = VALUES.known("video-avatar");

  /** A photo avatar. */
  public static final AvatarConfigTypes PHOTO_AVATAR = VALUES.known("photo-avatar");

  private AvatarConfigTypes(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static AvatarConfigTypes fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<AvatarConfigTypes> values() {
    return VALUES.values();
  }
}
