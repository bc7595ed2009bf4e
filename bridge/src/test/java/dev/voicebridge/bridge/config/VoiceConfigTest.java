package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

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
