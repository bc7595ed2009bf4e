package dev.voicebridge.bridge.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the caller hears as soon as the call is answered (YAML {@code greeting}): nothing (the
 * caller speaks first), a response the model is told to give, or a tone.
 *
 * @param type none, instructions or tone
 * @param instructions for {@code instructions}: what the model is asked to say, sent as the
 *     first response's instructions
 * @param toneFrequencyHz for {@code tone}: the frequency, inside the telephone band
 * @param toneDuration for {@code tone}: how long it plays
 */
public record GreetingConfig(
    Type type, String instructions, int toneFrequencyHz, Duration toneDuration) {

  /** The kinds of greeting. */
  public enum Type {
    /** Silence: the model speaks when the caller does. */
    NONE,
    /** The model greets the caller, following {@code instructions}. */
    INSTRUCTIONS,
    /** A tone, e.g. so a load test can detect the answer in the audio. */
    TONE
  }

  /** A 440 Hz tone (A4): inside the 300-3400 Hz telephone band, easy to detect. */
  public static final int DEFAULT_TONE_FREQUENCY_HZ = 440;
  /** Long enough to hear and to detect, short enough not to talk over the caller. */
  public static final Duration DEFAULT_TONE_DURATION = Duration.ofMillis(500);
  /** No greeting. */
  public static final GreetingConfig DEFAULTS =
      new GreetingConfig(Type.NONE, "", DEFAULT_TONE_FREQUENCY_HZ, DEFAULT_TONE_DURATION);

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public GreetingConfig {
    Checks.notNull("type", type);
    Checks.notNull("instructions", instructions);
    if (type == Type.INSTRUCTIONS) {
      Checks.notBlank("instructions", instructions);
    }
    Checks.range("tone-frequency", toneFrequencyHz, 300, 3400);
    Durations.check("tone-duration", toneDuration, Duration.ofMillis(50), Duration.ofSeconds(5));
  }

  static GreetingConfig from(ConfigNode node, GreetingConfig base) throws ConfigException {
    Type type = node.parsed("type", base.type, null, GreetingConfig::type);
    String instructions = node.string("instructions", base.instructions);
    int frequency = node.integer("tone-frequency", base.toneFrequencyHz);
    Duration duration = node.duration("tone-duration", base.toneDuration);
    node.checkNoUnknownKeys();
    return node.build(() -> new GreetingConfig(type, instructions, frequency, duration));
  }

  private static Type type(String name) {
    try {
      return Type.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown greeting type '" + name + "'; allowed: "
          + Arrays.stream(Type.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", ")));
    }
  }
}
