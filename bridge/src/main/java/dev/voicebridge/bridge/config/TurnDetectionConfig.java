package dev.voicebridge.bridge.config;

import java.time.Duration;
import java.util.List;

/**
 * How Voice Live decides the caller has finished speaking (YAML {@code turn-detection}), sent as
 * the session's {@code turn_detection}.
 *
 * @param type {@code server_vad}, {@code azure_semantic_vad}, {@code azure_semantic_vad_en},
 *     {@code azure_semantic_vad_multilingual}, {@code semantic_vad}, or {@code none} to turn
 *     detection off
 * @param threshold voice activity threshold, in [0.01, 1.0): higher needs louder speech; YAML
 *     also takes a percentage, {@code 50%}
 * @param prefixPadding audio kept from before detected speech
 * @param silenceDuration silence that ends the caller's turn
 * @param interruptResponse whether caller speech interrupts the model (barge-in)
 * @param createResponse whether the end of the caller's turn makes the model answer
 */
public record TurnDetectionConfig(
    String type,
    double threshold,
    Duration prefixPadding,
    Duration silenceDuration,
    boolean interruptResponse,
    boolean createResponse) {

  /** The types, as Voice Live spells them, plus {@code none}. */
  public static final List<String> TYPES = List.of("server_vad", "azure_semantic_vad",
      "azure_semantic_vad_en", "azure_semantic_vad_multilingual", "semantic_vad", "none");
  /** The documented default when a session sends none. */
  public static final String DEFAULT_TYPE = "server_vad";
  /** The service default. */
  public static final double DEFAULT_THRESHOLD = 0.5;
  /** The 2025-10-01 default (2026-04-10 moved server_vad to 400 ms). */
  public static final Duration DEFAULT_PREFIX_PADDING = Duration.ofMillis(300);
  /** The service default: half a second of silence ends a turn. */
  public static final Duration DEFAULT_SILENCE_DURATION = Duration.ofMillis(500);
  /** Barge-in on: callers expect to interrupt a long answer. */
  public static final boolean DEFAULT_INTERRUPT_RESPONSE = true;
  /** The model answers each turn. */
  public static final boolean DEFAULT_CREATE_RESPONSE = true;

  /** The built-in defaults. */
  public static final TurnDetectionConfig DEFAULTS = new TurnDetectionConfig(DEFAULT_TYPE,
      DEFAULT_THRESHOLD, DEFAULT_PREFIX_PADDING, DEFAULT_SILENCE_DURATION,
      DEFAULT_INTERRUPT_RESPONSE, DEFAULT_CREATE_RESPONSE);

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public TurnDetectionConfig {
    if (type == null || !TYPES.contains(type)) {
      throw new InvalidSettingException("type", "unknown turn detection '" + type
          + "'; allowed: " + String.join(", ", TYPES));
    }
    if (!(threshold >= 0.01 && threshold < 1.0)) {
      throw new InvalidSettingException(
          "threshold", "must be at least 0.01 and below 1.0, got " + threshold);
    }
    Durations.check("prefix-padding", prefixPadding, Duration.ZERO, Duration.ofSeconds(5));
    Durations.check("silence-duration", silenceDuration, Duration.ofMillis(100),
        Duration.ofSeconds(10));
  }

  /** Whether the service detects turns at all ({@code none} turns it off). */
  public boolean enabled() {
    return !type.equals("none");
  }

  static TurnDetectionConfig from(ConfigNode node, TurnDetectionConfig base)
      throws ConfigException {
    String type = node.string("type", base.type);
    double threshold = node.fraction("threshold", base.threshold);
    Duration prefix = node.duration("prefix-padding", base.prefixPadding);
    Duration silence = node.duration("silence-duration", base.silenceDuration);
    boolean interrupt = node.bool("interrupt-response", base.interruptResponse);
    boolean create = node.bool("create-response", base.createResponse);
    node.checkNoUnknownKeys();
    return node.build(
        () -> new TurnDetectionConfig(type, threshold, prefix, silence, interrupt, create));
  }
}
