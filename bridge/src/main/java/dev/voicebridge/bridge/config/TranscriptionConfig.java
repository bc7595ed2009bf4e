package dev.voicebridge.bridge.config;

/**
 * Transcription of the caller's speech (YAML {@code transcription}), sent as the session's
 * {@code input_audio_transcription}; useful for logs and analytics.
 *
 * @param model the transcription model, e.g. {@code whisper-1}, {@code gpt-4o-transcribe} or
 *     {@code azure-speech}; empty turns transcription off
 * @param language BCP-47 or ISO-639-1 language hint, or a comma list for auto-detection; empty
 *     lets the service detect it
 */
public record TranscriptionConfig(String model, String language) {

  /** Off: realtime models do not transcribe unless asked. */
  public static final TranscriptionConfig DEFAULTS = new TranscriptionConfig("", "");

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException if a value is missing
   */
  public TranscriptionConfig {
    Checks.notNull("model", model);
    Checks.notNull("language", language);
  }

  /** Whether transcription is requested. */
  public boolean enabled() {
    return !model.isBlank();
  }

  static TranscriptionConfig from(ConfigNode node, TranscriptionConfig base)
      throws ConfigException {
    String model = node.string("model", base.model);
    String language = node.string("language", base.language);
    node.checkNoUnknownKeys();
    return node.build(() -> new TranscriptionConfig(model, language));
  }
}
