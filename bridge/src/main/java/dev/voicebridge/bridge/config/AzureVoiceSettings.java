package dev.voicebridge.bridge.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * How an Azure voice speaks (the optional keys of YAML {@code voice} for {@code azure-standard},
 * {@code azure-custom} and {@code azure-personal}), sent as the same-named fields of the session's
 * {@code voice}. Every setting is optional: one left unset is not sent and the service's default
 * applies.
 *
 * @param temperature the voice's sampling temperature, 0.0-1.0 ({@code temperature})
 * @param locale the locale to speak, e.g. {@code en-US} ({@code locale})
 * @param preferLocales locales a multilingual voice prefers, empty when unset ({@code
 *     prefer-locales})
 * @param style the speaking style, e.g. {@code cheerful}; not for personal voices ({@code style})
 * @param pitch SSML prosody pitch, e.g. {@code +5%}, {@code -2st}, {@code 600Hz} or {@code high}
 *     ({@code pitch})
 * @param rate SSML prosody rate, e.g. {@code 1.1}, {@code -10%} or {@code fast} ({@code rate})
 * @param volume SSML prosody volume, e.g. {@code +10}, {@code 80}, {@code +20%} or {@code loud}
 *     ({@code volume})
 * @param customLexiconUrl an http(s) URL of a custom lexicon ({@code custom-lexicon-url})
 */
public record AzureVoiceSettings(
    OptionalDouble temperature,
    Optional<String> locale,
    List<String> preferLocales,
    Optional<String> style,
    Optional<String> pitch,
    Optional<String> rate,
    Optional<String> volume,
    Optional<String> customLexiconUrl) {

  /** Nothing set: the service's defaults. */
  public static final AzureVoiceSettings NONE = new AzureVoiceSettings(OptionalDouble.empty(),
      Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  /** The YAML keys, in the order {@link #keysSet} lists them. */
  public static final List<String> KEYS = List.of("temperature", "locale", "prefer-locales",
      "style", "pitch", "rate", "volume", "custom-lexicon-url");

  private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
  private static final Pattern PITCH = Pattern.compile(NUMBER + "(Hz|st|%)");
  private static final Pattern RATE = Pattern.compile(NUMBER + "%?");
  private static final Pattern VOLUME = Pattern.compile(NUMBER + "(%|dB)?");
  private static final List<String> PITCH_NAMES =
      List.of("x-low", "low", "medium", "high", "x-high", "default");
  private static final List<String> RATE_NAMES =
      List.of("x-slow", "slow", "medium", "fast", "x-fast", "default");
  private static final List<String> VOLUME_NAMES =
      List.of("silent", "x-soft", "soft", "medium", "loud", "x-loud", "default");

  /**
   * Checks every setting that is set.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public AzureVoiceSettings {
    Objects.requireNonNull(temperature, "temperature");
    if (temperature.isPresent()) {
      Checks.range("temperature", temperature.getAsDouble(), 0.0, 1.0);
    }
    locale(Objects.requireNonNull(locale, "locale"), "locale");
    preferLocales = List.copyOf(preferLocales);
    for (String l : preferLocales) {
      locale(Optional.of(l), "prefer-locales");
    }
    Objects.requireNonNull(style, "style").ifPresent(s -> Checks.notBlank("style", s));
    prosody("pitch", pitch, PITCH, PITCH_NAMES, "+5%, -2st or 600Hz");
    prosody("rate", rate, RATE, RATE_NAMES, "1.1 or -10%");
    prosody("volume", volume, VOLUME, VOLUME_NAMES, "+10, 80 or +20%");
    Objects.requireNonNull(customLexiconUrl, "customLexiconUrl").ifPresent(
        AzureVoiceSettings::httpUrl);
  }

  /** The YAML keys of the settings that are set, in {@link #KEYS} order. */
  public List<String> keysSet() {
    List<String> keys = new ArrayList<>();
    boolean[] set = {temperature.isPresent(), locale.isPresent(), !preferLocales.isEmpty(),
        style.isPresent(), pitch.isPresent(), rate.isPresent(), volume.isPresent(),
        customLexiconUrl.isPresent()};
    for (int i = 0; i < set.length; i++) {
      if (set[i]) {
        keys.add(KEYS.get(i));
      }
    }
    return keys;
  }

  /** Reads the settings from a {@code voice} section, each one left unset keeping the base's. */
  static AzureVoiceSettings from(ConfigNode node, AzureVoiceSettings base)
      throws ConfigException {
    OptionalDouble temperature = node.optionalDecimal("temperature", base.temperature);
    Optional<String> locale = node.optionalString("locale", base.locale);
    List<String> preferLocales = node.optionalStrings("prefer-locales", base.preferLocales);
    Optional<String> style = node.optionalString("style", base.style);
    Optional<String> pitch = node.optionalString("pitch", base.pitch);
    Optional<String> rate = node.optionalString("rate", base.rate);
    Optional<String> volume = node.optionalString("volume", base.volume);
    Optional<String> lexicon = node.optionalString("custom-lexicon-url", base.customLexiconUrl);
    return node.build(() -> new AzureVoiceSettings(temperature, locale, preferLocales, style,
        pitch, rate, volume, lexicon));
  }

  private static void locale(Optional<String> locale, String key) {
    if (locale.isPresent() && !LOCALE.matcher(locale.get()).matches()) {
      throw new InvalidSettingException(key,
          "expected a locale like en-US or de-DE, got '" + locale.get() + "'");
    }
  }

  private static void prosody(String key, Optional<String> value, Pattern pattern,
      List<String> names, String examples) {
    Objects.requireNonNull(value, key);
    if (value.isPresent() && !pattern.matcher(value.get()).matches()
        && !names.contains(value.get())) {
      throw new InvalidSettingException(key, "expected an SSML prosody " + key + " like "
          + examples + ", or one of " + String.join(", ", names) + "; got '" + value.get() + "'");
    }
  }

  private static void httpUrl(String url) {
    boolean valid;
    try {
      URI uri = new URI(url);
      valid = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      valid = false;
    }
    if (!valid) {
      throw new InvalidSettingException("custom-lexicon-url",
          "must be an https:// or http:// URL with a host, got '" + url + "'");
    }
  }
}
