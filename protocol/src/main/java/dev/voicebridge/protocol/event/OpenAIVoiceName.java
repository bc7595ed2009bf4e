package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Supported OpenAI voice names (string enum).
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class OpenAIVoiceName extends ExpandableStringEnum {
  private static final Values<OpenAIVoiceName> VALUES = new Values<>(OpenAIVoiceName::new);

  /** The value {@code alloy}. */
  public static final OpenAIVoiceName ALLOY = VALUES.known("alloy");

  /** The value {@code ash}. */
  public static final OpenAIVoiceName ASH = VALUES.known("ash");

  /** The value {@code ballad}. */
  public static final OpenAIVoiceName BALLAD = VALUES.known("ballad");

  /** The value {@code coral}. */
  public static final OpenAIVoiceName CORAL = VALUES.known("coral");

  /** The value {@code echo}. */
  public static final OpenAIVoiceName ECHO = VALUES.known("echo");

  /** The value {@code sage}. */
  public static final OpenAIVoiceName SAGE = VALUES.known("sage");

  /** The value {@code shimmer}. */
  public static final OpenAIVoiceName SHIMMER = VALUES.known("shimmer");

  /** The value {@code verse}. */
  public static final OpenAIVoiceName VERSE = VALUES.known("verse");

  /** The value {@code marin}. */
  public static final OpenAIVoiceName MARIN = VALUES.known("marin");

  /** The value {@code cedar}. */
  public static final OpenAIVoiceName CEDAR = VALUES.known("cedar");

  private OpenAIVoiceName(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static OpenAIVoiceName fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<OpenAIVoiceName> values() {
    return VALUES.values();
  }
}
