package dev.voicebridge.bridge.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Semantic end-of-utterance detection (YAML {@code turn-detection.end-of-utterance-detection}),
 * sent as the turn detection's {@code end_of_utterance_detection}: a model that judges from the
 * words whether the caller has finished, instead of waiting for silence alone. For {@code
 * server_vad} and the {@code azure_semantic_vad*} types.
 *
 * @param model {@code semantic_detection_v1}, {@code semantic_detection_v1_en} or {@code
 *     semantic_detection_v1_multilingual} ({@code model})
 * @param thresholdLevel how sure the model must be that the caller has finished: {@code low},
 *     {@code medium}, {@code high} or {@code default}; unset, the service's default ({@code
 *     medium}) applies ({@code threshold-level})
 * @param timeout the longest wait for the end of an utterance, sent as {@code timeout_ms}; unset,
 *     the service's default (1 s) applies ({@code timeout})
 */
public record EndOfUtteranceConfig(
    String model, Optional<String> thresholdLevel, Optional<Duration> timeout) {

  /** The models, as Voice Live spells them. */
  public static final List<String> MODELS = List.of("semantic_detection_v1",
      "semantic_detection_v1_en", "semantic_detection_v1_multilingual");
  /** The threshold levels, as Voice Live spells them. */
  public static final List<String> THRESHOLD_LEVELS = List.of("low", "medium", "high", "default");
  /** The shortest timeout accepted. */
  public static final Duration MIN_TIMEOUT = Duration.ofMillis(100);
  /** The longest timeout accepted: a caller waiting longer has hung up in spirit. */
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public EndOfUtteranceConfig {
    if (model == null || model.isEmpty()) {
      throw new InvalidSettingException(
          "model", "must be set; allowed: " + String.join(", ", MODELS));
    }
    if (!MODELS.contains(model)) {
      throw new InvalidSettingException("model", "unknown end-of-utterance model '" + model
          + "'; allowed: " + String.join(", ", MODELS));
    }
    Objects.requireNonNull(thresholdLevel, "thresholdLevel");
    if (thresholdLevel.isPresent() && !THRESHOLD_LEVELS.contains(thresholdLevel.get())) {
      throw new InvalidSettingException("threshold-level", "unknown threshold level '"
          + thresholdLevel.get() + "'; allowed: " + String.join(", ", THRESHOLD_LEVELS));
    }
    Objects.requireNonNull(timeout, "timeout")
        .ifPresent(t -> Durations.check("timeout", t, MIN_TIMEOUT, MAX_TIMEOUT));
  }

  /**
   * Reads an {@code end-of-utterance-detection} section over a base, key by key; empty when
   * neither sets anything.
   */
  static Optional<EndOfUtteranceConfig> from(ConfigNode node,
      Optional<EndOfUtteranceConfig> base) throws ConfigException {
    String model = node.string("model", base.map(EndOfUtteranceConfig::model).orElse(""));
    Optional<String> level = node.optionalString(
        "threshold-level", base.flatMap(EndOfUtteranceConfig::thresholdLevel));
    Optional<Duration> timeout =
        node.optionalDuration("timeout", base.flatMap(EndOfUtteranceConfig::timeout));
    node.checkNoUnknownKeys();
    if (base.isEmpty() && !node.has("model") && level.isEmpty() && timeout.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(node.build(() -> new EndOfUtteranceConfig(model, level, timeout)));
  }
}
