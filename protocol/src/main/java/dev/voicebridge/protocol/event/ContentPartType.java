package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Type of ContentPartType.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ContentPartType extends ExpandableStringEnum {
  private static final Values<ContentPartType> VALUES = new Values<>(ContentPartType::new);

  /** The value {@code input_text}. */
  public static final ContentPartType INPUT_TEXT = VALUES.known("input_text");

  /** The value {@code input_audio}. */
  public static final ContentPartType INPUT_AUDIO = VALUES.known("input_audio");

  /** The value {@code text}. */
  public static final ContentPartType TEXT = VALUES.known("text");

  /** The value {@code audio}. */
  public static final ContentPartType AUDIO = VALUES.known("audio");

  /** The value {@code input_image}. */
  public static final ContentPartType INPUT_IMAGE = VALUES.known("input_image");

  private ContentPartType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ContentPartType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ContentPartType> values() {
    return VALUES.values();
  }
}
