package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AzureVoiceSettingsTest {
  private static final String VOICE =
      "session:\n  voice:\n    type: azure-standard\n    name: en-US-Ava:DragonHDLatestNeural\n";

  private static AzureVoiceSettings load(String keys) throws ConfigException {
    return ConfigLoaderTest.load(VOICE + keys).session().voice().azure();
  }

  @Test
  void readsEverySetting() throws Exception {
    AzureVoiceSettings azure = load("""
            temperature: 0.7
            locale: en-US
            prefer-locales: [en-GB, de-DE]
            style: cheerful
            pitch: +5%
            rate: "1.1"
            volume: +10
            custom-lexicon-url: https://contoso.blob.core.windows.net/lexicon.xml
        """);

    assertThat(azure).isEqualTo(new AzureVoiceSettings(OptionalDouble.of(0.7),
        Optional.of("en-US"), List.of("en-GB", "de-DE"), Optional.of("cheerful"),
        Optional.of("+5%"), Optional.of("1.1"), Optional.of("+10"),
        Optional.of("https://contoso.blob.core.windows.net/lexicon.xml")));
    assertThat(azure.keysSet()).isEqualTo(AzureVoiceSettings.KEYS);
  }

  @Test
  void leavesEverySettingUnsetWhenNoneIsWritten() throws Exception {
    AzureVoiceSettings azure = load("");

    assertThat(azure).isEqualTo(AzureVoiceSettings.NONE);
    assertThat(azure.keysSet()).isEmpty();
  }

  @Test
  void listsOnlyTheKeysThatAreSet() throws Exception {
    assertThat(load("    rate: slow\n    locale: fr-FR\n").keysSet())
        .containsExactly("locale", "rate");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "pitch, +5%", "pitch, -2st", "pitch, 600Hz", "pitch, x-high", "pitch, default",
      "rate, 1.1", "rate, 0.5", "rate, -10%", "rate, fast",
      "volume, +10", "volume, 80", "volume, -5.5", "volume, +20%", "volume, -6dB",
      "volume, silent"})
  void takesTheSsmlProsodyForms(String key, String value) throws Exception {
    assertThat(load("    " + key + ": \"" + value + "\"\n").keysSet()).containsExactly(key);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        arguments("temperature above 1", "temperature: 1.5",
            "temperature: must be 0.0-1.0, got 1.5"),
        arguments("temperature not a number", "temperature: warm",
            "temperature: expected a number, got 'warm'"),
        arguments("locale not a locale", "locale: English",
            "locale: expected a locale like en-US or de-DE, got 'English'"),
        arguments("preferred locale not a locale", "prefer-locales: [en-GB, british]",
            "prefer-locales: expected a locale like en-US or de-DE, got 'british'"),
        arguments("no preferred locales", "prefer-locales: []",
            "prefer-locales: expected at least one value"),
        arguments("empty style", "style: ''", "style: must not be empty"),
        arguments("pitch without a unit", "pitch: '5'",
            "pitch: expected an SSML prosody pitch like +5%, -2st or 600Hz, or one of x-low,"
                + " low, medium, high, x-high, default; got '5'"),
        arguments("rate as a word", "rate: quick",
            "rate: expected an SSML prosody rate like 1.1 or -10%, or one of x-slow, slow,"
                + " medium, fast, x-fast, default; got 'quick'"),
        arguments("volume with a unit it has not", "volume: 5x",
            "volume: expected an SSML prosody volume like +10, 80 or +20%, or one of silent,"
                + " x-soft, soft, medium, loud, x-loud, default; got '5x'"),
        arguments("lexicon not over http", "custom-lexicon-url: ftp://contoso.com/lex.xml",
            "custom-lexicon-url: must be an https:// or http:// URL with a host,"
                + " got 'ftp://contoso.com/lex.xml'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void refusesABadValueNamingItsKeyAndLine(String name, String line, String message) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load("    " + line
        + "\n"));

    assertThat(e).hasMessage("session.voice." + message + " (test.yaml line 5)");
  }
}
