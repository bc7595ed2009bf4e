package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Specifies the types of animation data to output.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class AnimationOutputType extends ExpandableStringEnum {
  private static final Values<AnimationOutputType> VALUES = new Values<>(AnimationOutputType::new);

  /** Facial blendshape frames. */
  public static final AnimationOutputType BLENDSHAPES = VALUES.known("blendshapes");

  /** Viseme ids with audio offsets. */
  public static final AnimationOutputType VISEME_ID = VALUES.known("viseme_id");

  private AnimationOutputType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static AnimationOutputType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<AnimationOutputType> values() {
    return VALUES.values();
  }
}
