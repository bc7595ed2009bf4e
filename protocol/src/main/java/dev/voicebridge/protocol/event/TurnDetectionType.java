package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Type of TurnDetectionType.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class TurnDetectionType extends ExpandableStringEnum {
  private static final Values<TurnDetectionType> VALUES = new Values<>(TurnDetectionType::new);

  /** The value {@code server_vad}. */
  public static final TurnDetectionType SERVER_VAD = VALUES.known("server_vad");

  /** The value {@code azure_semantic_vad}. */
  public static final TurnDetectionType AZURE_SEMANTIC_VAD = VALUES.known("azure_semantic_vad");

  /** The value {@code azure_semantic_vad_en}. */
  public static final TurnDetectionType AZURE_SEMANTIC_VAD_EN =
      VALUES.known("azure_semantic_vad_en");

  /** The value {@code azure_semantic_vad_multilingual}. */
  public static final TurnDetectionType AZURE_SEMANTIC_VAD_MULTILINGUAL =
      VALUES.known("azure_semantic_vad_multilingual");

  /** The value {@code semantic_vad}. */
  public static final TurnDetectionType SEMANTIC_VAD = VALUES.known("semantic_vad");

  private TurnDetectionType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static TurnDetectionType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<TurnDetectionType> values() {
    return VALUES.values();
  }
}
