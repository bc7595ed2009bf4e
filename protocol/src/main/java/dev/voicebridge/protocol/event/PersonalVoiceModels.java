package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * PersonalVoice models.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class PersonalVoiceModels extends ExpandableStringEnum {
  private static final Values<PersonalVoiceModels> VALUES = new Values<>(PersonalVoiceModels::new);

  /** The value {@code DragonLatestNeural}. */
  public static final PersonalVoiceModels DRAGON_LATEST_NEURAL = VALUES.known("DragonLatestNeural");

  /** The value {@code PhoenixLatestNeural}. */
  public static final PersonalVoiceModels PHOENIX_LATEST_NEURAL =
      VALUES.known("PhoenixLatestNeural");

  /** The value {@code PhoenixV2Neural}. */
  public static final PersonalVoiceModels PHOENIX_V2_NEURAL = VALUES.known("PhoenixV2Neural");

  /** The value {@code DragonHDOmniLatestNeural}. */
  public static final PersonalVoiceModels DRAGON_HDOMNI_LATEST_NEURAL =
      VALUES.known("DragonHDOmniLatestNeural");

  /** The value {@code MAI-Voice-1}. */
  public static final PersonalVoiceModels MAI_VOICE_1 = VALUES.known("MAI-Voice-1");

  private PersonalVoiceModels(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static PersonalVoiceModels fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<PersonalVoiceModels> values() {
    return VALUES.values();
  }
}
