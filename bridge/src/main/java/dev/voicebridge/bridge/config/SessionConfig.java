package dev.voicebridge.bridge.config;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The Voice Live session profile (YAML section {@code session}): what the bridge sends in its
 * {@code session.update}. A number profile may override the instructions, voice, turn detection
 * and transcription.
 *
 * @param instructions the system instructions; not sent in agent mode, where the agent has its own
 * @param voice the voice the model speaks with
 * @param turnDetection how the end of the caller's turn is detected
 * @param noiseReduction {@code azure_deep_noise_suppression}, {@code near_field}, {@code
 *     far_field} (gpt-realtime models only) or {@code none}
 * @param echoCancellation whether server echo cancellation is on; it assumes playback starts as
 *     audio is received, which holds for the bridge's 20 ms pacing
 * @param transcription transcription of the caller's speech
 * @param temperature sampling temperature, 0.6-1.2 for realtime models
 * @param maxResponseOutputTokens the cap on tokens per response, empty for {@code inf}
 */
public record SessionConfig(
    String instructions,
    VoiceConfig voice,
    TurnDetectionConfig turnDetection,
    String noiseReduction,
    boolean echoCancellation,
    TranscriptionConfig transcription,
    double temperature,
    OptionalInt maxResponseOutputTokens) {

  /** A generic telephone assistant; every deployment is expected to write its own. */
  public static final String DEFAULT_INSTRUCTIONS = "You are a helpful assistant answering a "
      + "phone call. Speak naturally and keep your answers short.";
  /** The noise reduction values Voice Live accepts, plus {@code none}. */
  public static final List<String> NOISE_REDUCTIONS =
      List.of("azure_deep_noise_suppression", "near_field", "far_field", "none");
  /** Deep noise suppression: callers ring from cars and streets. */
  public static final String DEFAULT_NOISE_REDUCTION = "azure_deep_noise_suppression";
  /** On: speakerphones echo the model back otherwise, which triggers false barge-ins. */
  public static final boolean DEFAULT_ECHO_CANCELLATION = true;
  /** The realtime models' default. */
  public static final double DEFAULT_TEMPERATURE = 0.8;
  /** The most tokens a response may be capped at. */
  public static final int MAX_RESPONSE_OUTPUT_TOKENS = 4096;
  private static final String INFINITE_TOKENS = "inf";

  /** The built-in defaults. */
  public static final SessionConfig DEFAULTS = new SessionConfig(DEFAULT_INSTRUCTIONS,
      VoiceConfig.DEFAULTS, TurnDetectionConfig.DEFAULTS, DEFAULT_NOISE_REDUCTION,
      DEFAULT_ECHO_CANCELLATION, TranscriptionConfig.DEFAULTS, DEFAULT_TEMPERATURE,
      OptionalInt.empty());

  /**
   * Checks every setting.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public SessionConfig {
    Checks.notNull("instructions", instructions);
    Checks.notNull("voice", voice);
    Checks.notNull("turn-detection", turnDetection);
    if (noiseReduction == null || !NOISE_REDUCTIONS.contains(noiseReduction)) {
      throw new InvalidSettingException("noise-reduction", "unknown noise reduction '"
          + noiseReduction + "'; allowed: " + String.join(", ", NOISE_REDUCTIONS));
    }
    Checks.notNull("transcription", transcription);
    Checks.range("temperature", temperature, 0.6, 1.2);
    Objects.requireNonNull(maxResponseOutputTokens, "maxResponseOutputTokens");
    if (maxResponseOutputTokens.isPresent()) {
      Checks.range("max-response-output-tokens", maxResponseOutputTokens.getAsInt(), 1,
          MAX_RESPONSE_OUTPUT_TOKENS);
    }
  }

  /** The token cap as the YAML and the wire write it: a number or {@code inf}. */
  public String maxResponseOutputTokensText() {
    return maxResponseOutputTokens.isPresent()
        ? String.valueOf(maxResponseOutputTokens.getAsInt())
        : INFINITE_TOKENS;
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  static SessionConfig from(ConfigNode node, SessionConfig base) throws ConfigException {
    Builder b = base.toBuilder();
    readOverridable(node, b);
    b.noiseReduction = node.string("noise-reduction", b.noiseReduction);
    b.echoCancellation = node.bool("echo-cancellation", b.echoCancellation);
    b.temperature = node.decimal("temperature", b.temperature);
    b.maxResponseOutputTokens = node.parsed("max-response-output-tokens",
        b.maxResponseOutputTokens, "a number of tokens or inf", SessionConfig::tokens);
    node.checkNoUnknownKeys();
    return node.build(b::build);
  }

  /** Reads the keys a number profile may override, over the builder's values. */
  static void readOverridable(ConfigNode node, Builder b) throws ConfigException {
    b.instructions = node.string("instructions", b.instructions);
    b.voice = VoiceConfig.from(node.section("voice"), b.voice);
    b.turnDetection = TurnDetectionConfig.from(node.section("turn-detection"), b.turnDetection);
    b.transcription = TranscriptionConfig.from(node.section("transcription"), b.transcription);
  }

  private static OptionalInt tokens(String text) {
    if (text.equals(INFINITE_TOKENS)) {
      return OptionalInt.empty();
    }
    if (!text.matches("\\d{1,9}")) {
      throw new IllegalArgumentException(
          "expected a number of tokens or inf, got '" + text + "'");
    }
    return OptionalInt.of(Integer.parseInt(text));
  }

  /** Builds a {@link SessionConfig}; {@link #build()} checks the settings. */
  public static final class Builder {
    private String instructions;
    private VoiceConfig voice;
    private TurnDetectionConfig turnDetection;
    private String noiseReduction;
    private boolean echoCancellation;
    private TranscriptionConfig transcription;
    private double temperature;
    private OptionalInt maxResponseOutputTokens;

    private Builder(SessionConfig c) {
      instructions = c.instructions;
      voice = c.voice;
      turnDetection = c.turnDetection;
      noiseReduction = c.noiseReduction;
      echoCancellation = c.echoCancellation;
      transcription = c.transcription;
      temperature = c.temperature;
      maxResponseOutputTokens = c.maxResponseOutputTokens;
    }

    /** @param v the instructions @return this builder */
    public Builder instructions(String v) {
      instructions = v;
      return this;
    }

    /** @param v the voice @return this builder */
    public Builder voice(VoiceConfig v) {
      voice = v;
      return this;
    }

    /** @param v the turn detection @return this builder */
    public Builder turnDetection(TurnDetectionConfig v) {
      turnDetection = v;
      return this;
    }

    /** @param v the noise reduction type or none @return this builder */
    public Builder noiseReduction(String v) {
      noiseReduction = v;
      return this;
    }

    /** @param v whether echo cancellation is on @return this builder */
    public Builder echoCancellation(boolean v) {
      echoCancellation = v;
      return this;
    }

    /** @param v the transcription @return this builder */
    public Builder transcription(TranscriptionConfig v) {
      transcription = v;
      return this;
    }

    /** @param v the temperature @return this builder */
    public Builder temperature(double v) {
      temperature = v;
      return this;
    }

    /** @param v the token cap, empty for inf @return this builder */
    public Builder maxResponseOutputTokens(OptionalInt v) {
      maxResponseOutputTokens = v;
      return this;
    }

    /** The settings; throws {@link InvalidSettingException} naming a bad one. */
    public SessionConfig build() {
      return new SessionConfig(instructions, voice, turnDetection, noiseReduction,
          echoCancellation, transcription, temperature, maxResponseOutputTokens);
    }
  }
}
