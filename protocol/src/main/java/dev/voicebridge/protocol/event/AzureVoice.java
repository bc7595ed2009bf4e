package dev.voicebridge.protocol.event;

import java.util.List;

/**
 * Base for Azure voice configurations. You probably want to use the sub-classes and not this class
 * directly. Known sub-classes are: AzureAvatarVoiceSyncVoice, AzureCustomVoice, AzurePersonalVoice,
 * AzureStandardVoice
 */
public sealed interface AzureVoice extends Voice
    permits AzureAvatarVoiceSyncVoice, AzureCustomVoice, AzurePersonalVoice, AzureStandardVoice {
  /**
   * Returns the sampling temperature.
   *
   * @return the temperature in [0, 1], or null
   */
  Double temperature();

  /**
   * Returns the locale to speak.
   *
   * @return the locale, or null
   */
  String locale();

  /**
   * Returns the locales preferred for multilingual voices.
   *
   * @return the locales, or null
   */
  List<String> preferLocales();

  /**
   * Returns the SSML prosody pitch.
   *
   * @return the pitch, or null
   */
  String pitch();

  /**
   * Returns the SSML prosody rate.
   *
   * @return the rate, or null
   */
  String rate();

  /**
   * Returns the SSML prosody volume.
   *
   * @return the volume, or null
   */
  String volume();
}
