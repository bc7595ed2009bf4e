package dev.voicebridge.bridge.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How Voice Live decides the caller has finished speaking (YAML {@code turn-detection}), sent as
 * the session's {@code turn_detection}.
 *
 * <p>The settings from {@code speech-duration} on are optional: one left unset is not sent, so the
 * service's default applies; each is only for the types that take it ({@link #TYPES_TAKING}).
 * There is deliberately no {@code auto_truncate}: on barge-in the bridge itself sends {@code
 * conversation.item.truncate} with the audio the caller actually heard, whereas the service's
 * auto-truncation assumes real-time playback and would truncate the item a second time.
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
 * @param speechDuration speech needed before it counts as the start of a turn, sent as {@code
 *     speech_duration_ms} ({@code speech-duration})
 * @param removeFillerWords whether filler words (umm, ah) are ignored while the model answers, so
 *     they do not interrupt it ({@code remove-filler-words})
 * @param languages the languages the semantic VAD listens for, empty when unset ({@code
 *     languages})
 * @param endOfUtterance semantic end-of-utterance detection ({@code
 *     end-of-utterance-detection})
 * @param eagerness how eagerly OpenAI's semantic VAD ends a turn: {@code auto}, {@code low},
 *     {@code medium} or {@code high} ({@code eagerness})
 */
public record TurnDetectionConfig(
    String type,
    double threshold,
    Duration prefixPadding,
    Duration silenceDuration,
    boolean interruptResponse,
    boolean createResponse,
    Optional<Duration> speechDuration,
    Optional<Boolean> removeFillerWords,
    List<String> languages,
    Optional<EndOfUtteranceConfig> endOfUtterance,
    Optional<String> eagerness) {

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
  /** The longest {@code speech-duration} accepted. */
  public static final Duration MAX_SPEECH_DURATION = Duration.ofSeconds(10);
  /** The languages the Azure semantic VAD documents. */
  public static final List<String> LANGUAGES =
      List.of("en", "es", "fr", "it", "de", "ja", "pt", "zh", "ko", "hi");
  /** The eagerness values of OpenAI's semantic VAD. */
  public static final List<String> EAGERNESS = List.of("auto", "low", "medium", "high");

  private static final List<String> AZURE_SEMANTIC = List.of(
      "azure_semantic_vad", "azure_semantic_vad_en", "azure_semantic_vad_multilingual");
  private static final List<String> VAD_AND_AZURE_SEMANTIC = List.of("server_vad",
      "azure_semantic_vad", "azure_semantic_vad_en", "azure_semantic_vad_multilingual");

  /** The optional settings' YAML keys, each with the types that take it. */
  public static final Map<String, List<String>> TYPES_TAKING = Map.of(
      "speech-duration", VAD_AND_AZURE_SEMANTIC,
      "remove-filler-words", AZURE_SEMANTIC,
      "languages", List.of("azure_semantic_vad", "azure_semantic_vad_multilingual"),
      "end-of-utterance-detection", VAD_AND_AZURE_SEMANTIC,
      "eagerness", List.of("semantic_vad"));

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
    Objects.requireNonNull(speechDuration, "speechDuration").ifPresent(
        d -> Durations.check("speech-duration", d, Duration.ZERO, MAX_SPEECH_DURATION));
    Objects.requireNonNull(removeFillerWords, "removeFillerWords");
    languages = List.copyOf(languages);
    for (String language : languages) {
      if (!LANGUAGES.contains(language)) {
        throw new InvalidSettingException("languages", "unknown language '" + language
            + "'; allowed: " + String.join(", ", LANGUAGES));
      }
    }
    Objects.requireNonNull(endOfUtterance, "endOfUtterance");
    Objects.requireNonNull(eagerness, "eagerness");
    if (eagerness.isPresent() && !EAGERNESS.contains(eagerness.get())) {
      throw new InvalidSettingException("eagerness", "unknown eagerness '" + eagerness.get()
          + "'; allowed: " + String.join(", ", EAGERNESS));
    }
    checkTaken("speech-duration", type, speechDuration.isPresent());
    checkTaken("remove-filler-words", type, removeFillerWords.isPresent());
    checkTaken("languages", type, !languages.isEmpty());
    checkTaken("end-of-utterance-detection", type, endOfUtterance.isPresent());
    checkTaken("eagerness", type, eagerness.isPresent());
  }

  /**
   * Turn detection with the service's defaults for every optional setting.
   *
   * @param type the type, or {@code none}
   * @param threshold voice activity threshold, in [0.01, 1.0)
   * @param prefixPadding audio kept from before detected speech
   * @param silenceDuration silence that ends the caller's turn
   * @param interruptResponse whether caller speech interrupts the model
   * @param createResponse whether the end of the caller's turn makes the model answer
   */
  public TurnDetectionConfig(String type, double threshold, Duration prefixPadding,
      Duration silenceDuration, boolean interruptResponse, boolean createResponse) {
    this(type, threshold, prefixPadding, silenceDuration, interruptResponse, createResponse,
        Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  /** Whether the service detects turns at all ({@code none} turns it off). */
  public boolean enabled() {
    return !type.equals("none");
  }

  /** Whether a type takes the optional setting with this YAML key. */
  static boolean takes(String type, String key) {
    return TYPES_TAKING.get(key).contains(type);
  }

  /**
   * Reads a {@code turn-detection} section over a base, key by key. An optional setting the base
   * has but the section's type does not take (the section changed the type) is dropped rather
   * than refused: only settings written next to the wrong type are errors.
   */
  static TurnDetectionConfig from(ConfigNode node, TurnDetectionConfig base)
      throws ConfigException {
    String type = node.string("type", base.type);
    double threshold = node.fraction("threshold", base.threshold);
    Duration prefix = node.duration("prefix-padding", base.prefixPadding);
    Duration silence = node.duration("silence-duration", base.silenceDuration);
    boolean interrupt = node.bool("interrupt-response", base.interruptResponse);
    boolean create = node.bool("create-response", base.createResponse);
    Optional<Duration> speech = node.optionalDuration("speech-duration",
        inherited(type, "speech-duration", base.speechDuration));
    Optional<Boolean> fillers = node.optionalBool("remove-filler-words",
        inherited(type, "remove-filler-words", base.removeFillerWords));
    List<String> languages = node.optionalStrings("languages",
        takes(type, "languages") ? base.languages : List.of());
    Optional<EndOfUtteranceConfig> eou =
        EndOfUtteranceConfig.from(node.section("end-of-utterance-detection"),
            inherited(type, "end-of-utterance-detection", base.endOfUtterance));
    Optional<String> eagerness =
        node.optionalString("eagerness", inherited(type, "eagerness", base.eagerness));
    node.checkNoUnknownKeys();
    return node.build(() -> new TurnDetectionConfig(type, threshold, prefix, silence, interrupt,
        create, speech, fillers, languages, eou, eagerness));
  }

  private static <T> Optional<T> inherited(String type, String key, Optional<T> value) {
    return takes(type, key) ? value : Optional.empty();
  }

  private static void checkTaken(String key, String type, boolean set) {
    if (set && !takes(type, key)) {
      throw new InvalidSettingException(key, "only for turn detection "
          + String.join(", ", TYPES_TAKING.get(key)) + "; not for " + type);
    }
  }
}
