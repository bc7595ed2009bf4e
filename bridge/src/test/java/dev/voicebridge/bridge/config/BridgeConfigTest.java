package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BridgeConfigTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      London number           | +442079460000 | london
      toll-free by regex      | +18005550100  | support-line
      regex needs whole match | +180055501009 | default
      exact extension         | 1000          | front-desk
      extension prefix only   | 10001         | default
      unknown number          | +4930123456   | default
      empty user part         | ''            | default
      """)
  void picksTheFirstMatchingProfileForTheCalledNumber(String name, String calledUser,
      String profile) throws Exception {
    BridgeConfig config =
        ConfigLoaderTest.load(EffectiveConfigTest.resource("every-setting-changed.yaml"));

    assertThat(config.profileFor(calledUser).name()).isEqualTo(profile);
  }

  @Test
  void letsTheFirstOfTwoMatchingProfilesWin() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load("profiles:\n"
        + "  - {name: uk, match: {prefix: '+44'}}\n"
        + "  - {name: london, match: {prefix: '+4420'}}\n");

    assertThat(config.profileFor("+442079460000").name()).isEqualTo("uk");
  }

  @Test
  void mergesAProfileOverTheDefaultsKeyByKey() throws Exception {
    BridgeConfig config =
        ConfigLoaderTest.load(EffectiveConfigTest.resource("every-setting-changed.yaml"));

    CallProfile london = config.profileFor("+442079460000");

    assertThat(london.session().instructions()).isEqualTo("You answer for the London office.");
    assertThat(london.session().voice()).isEqualTo(new VoiceConfig("openai", "marin", ""));
    assertThat(london.session().turnDetection()).isEqualTo(new TurnDetectionConfig(
        "azure_semantic_vad", 0.35, Duration.ofMillis(420), Duration.ofSeconds(1), false, false,
        Optional.of(Duration.ofMillis(120)), Optional.of(true), List.of("en", "de"),
        Optional.of(new EndOfUtteranceConfig("semantic_detection_v1_multilingual",
            Optional.of("high"), Optional.of(Duration.ofMillis(1500)))),
        Optional.empty()));
    assertThat(london.session().transcription())
        .isEqualTo(new TranscriptionConfig("gpt-4o-transcribe", "en-GB"));
    assertThat(london.session().noiseReduction()).isEqualTo("far_field");
    assertThat(london.call().audioFormat()).isEqualTo(AudioFormat.PCM16_16K);
    assertThat(london.call().greeting().type()).isEqualTo(GreetingConfig.Type.TONE);
    assertThat(london.call().maxDuration()).isEqualTo(config.call().maxDuration());
    assertThat(config.profileFor("+4930123456"))
        .isEqualTo(new CallProfile("default", config.call(), config.session()));
  }

  @Test
  void printsWithoutTheApiKey() throws Exception {
    BridgeConfig config = new ConfigLoader(Map.of())
        .yaml("voice-live:\n  auth:\n    api-key: sk-live-0123456789abcdef\n", "t.yaml").load();

    assertThat(config.voiceLive().auth().apiKey()).isPresent();
    assertThat(config.toString()).doesNotContain("sk-live").contains("apiKey=Optional[****]");
  }

  @Test
  void refusesTwoProfilesWithTheSameName() {
    NumberProfile profile = new NumberProfile(NumberMatch.of(NumberMatch.Kind.EXACT, "1"),
        BridgeConfig.DEFAULTS.defaultProfile());

    assertThatThrownBy(() -> BridgeConfig.newBuilder().profiles(List.of(profile)).build())
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("profiles: two profiles are named 'default'");
  }
}
