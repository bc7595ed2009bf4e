package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoiceConfigTest {

  @Test
  void readsAnAzureStandardVoice() throws Exception {
    VoiceConfig voice = ConfigLoaderTest.load("session:\n  voice:\n    type: azure-standard\n"
        + "    name: en-US-Ava:DragonHDLatestNeural\n").session().voice();

    assertThat(voice).isEqualTo(
        new VoiceConfig("azure-standard", "en-US-Ava:DragonHDLatestNeural", ""));
  }

  @Test
  void doesNotKeepTheOldNameWhenTheTypeChanges() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoaderTest.load("session:\n  voice:\n    type: azure-standard\n"));

    assertThat(e).hasMessage("session.voice.name: must not be empty (test.yaml line 3)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"temperature: 0.5", "locale: en-US", "prefer-locales: [en-US]",
      "style: cheerful", "pitch: +5%", "rate: '1.1'", "volume: '+10'",
      "custom-lexicon-url: https://contoso.com/lexicon.xml"})
  void refusesEachAzureSettingForAnOpenAiVoiceNamingTheKey(String line) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoaderTest.load(
        "session:\n  voice:\n    type: openai\n    name: alloy\n    " + line + "\n"));

    String key = line.substring(0, line.indexOf(':'));
    assertThat(e).hasMessage("session.voice." + key + ": only for azure-standard, azure-custom"
        + " and azure-personal voices, not for an openai voice (test.yaml line 5)");
  }

  @Test
  void refusesAStyleForAPersonalVoice() {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoaderTest.load(
        "session:\n  voice:\n    type: azure-personal\n    name: speaker-1\n"
            + "    style: cheerful\n"));

    assertThat(e).hasMessage("session.voice.style: azure-personal voices take no style; only"
        + " azure-standard and azure-custom voices do (test.yaml line 5)");
  }

  @Test
  void takesEveryOtherAzureSettingForAPersonalVoice() throws Exception {
    VoiceConfig voice = ConfigLoaderTest.load("session:\n  voice:\n    type: azure-personal\n"
        + "    name: speaker-1\n    temperature: 0.3\n    pitch: -2st\n").session().voice();

    assertThat(voice.azure().keysSet()).containsExactly("temperature", "pitch");
  }

  @Test
  void keepsTheAzureSettingsWhenAProfileKeepsTheType() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load("session:\n  voice:\n    type: azure-standard\n"
        + "    name: a\n    style: cheerful\n    rate: '1.2'\nprofiles:\n  - name: p\n"
        + "    match: {exact: '1'}\n    voice:\n      name: b\n      rate: '0.9'\n");

    VoiceConfig voice = config.profileFor("1").session().voice();

    assertThat(voice.name()).isEqualTo("b");
    assertThat(voice.azure().style()).contains("cheerful");
    assertThat(voice.azure().rate()).contains("0.9");
  }

  @Test
  void dropsTheAzureSettingsWhenAProfileChangesTheType() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load("session:\n  voice:\n    type: azure-standard\n"
        + "    name: a\n    style: cheerful\nprofiles:\n  - name: p\n"
        + "    match: {exact: '1'}\n    voice:\n      type: openai\n      name: marin\n");

    assertThat(config.profileFor("1").session().voice())
        .isEqualTo(new VoiceConfig("openai", "marin", ""));
  }

  @Test
  void needsADeploymentIdForACustomVoice() {
    assertThatThrownBy(() -> new VoiceConfig("azure-custom", "v", ""))
        .hasMessage("endpoint-id: must not be empty");
  }

  @Test
  void refusesAnUnknownType() {
    assertThatThrownBy(() -> new VoiceConfig("elevenlabs", "v", ""))
        .hasMessage("type: unknown voice type 'elevenlabs'; allowed: openai, azure-standard,"
            + " azure-custom, azure-personal");
  }
}
