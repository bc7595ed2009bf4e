package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Union of all supported Azure voice types.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class AzureVoiceType extends ExpandableStringEnum {
  private static final Values<AzureVoiceType> VALUES = new Values<>(AzureVoiceType::new);

  /** A custom neural voice. */
  public static final AzureVoiceType AZURE_CUSTOM = VALUES.known("azure-custom");

  /** A standard (prebuilt) neural voice. */
  public static final AzureVoiceType AZURE_STANDARD = VALUES.known("azure-standard");

  /** A personal voice. */
  public static final AzureVoiceType AZURE_PERSONAL = VALUES.known("azure-personal");

  /** A personal voice synchronized with an avatar. */
  public static final AzureVoiceType AVATAR_VOICE_SYNC = VALUES.known("avatar-voice-sync");

  private AzureVoiceType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static AzureVoiceType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<AzureVoiceType> values() {
    return VALUES.values();
  }
}
