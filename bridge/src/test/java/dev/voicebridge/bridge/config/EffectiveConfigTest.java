package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveConfigTest {

  @Test
  void dumpsTheDefaultsSoTheyLoadBackUnchanged() throws Exception {
    String yaml = EffectiveConfig.toYaml(BridgeConfig.DEFAULTS);

    assertThat(ConfigLoaderTest.load(yaml)).isEqualTo(BridgeConfig.DEFAULTS);
  }

  @Test
  void dumpsEverySettingSoAChangedConfigurationLoadsBackUnchanged() throws Exception {
    BridgeConfig changed = ConfigLoaderTest.load(resource("every-setting-changed.yaml"));

    BridgeConfig reloaded = ConfigLoaderTest.load(EffectiveConfig.toYaml(changed));

    assertThat(reloaded).isEqualTo(changed);
    assertThat(changed).isNotEqualTo(BridgeConfig.DEFAULTS);
  }

  @Test
  void masksTheApiKeyAndSaysWhichCredentialIsUsed() throws Exception {
    BridgeConfig config = new ConfigLoader(Map.of("VOICELIVE_API_KEY", "k3y-from-env-0123456789"))
        .yaml("voice-live:\n  endpoint: wss://contoso.services.ai.azure.com\n", "t.yaml").load();

    String yaml = EffectiveConfig.toYaml(config);

    assertThat(yaml).startsWith("# credentials: API key\n").contains("api-key: '****'")
        .doesNotContain("k3y-from-env");
  }

  @Test
  void writesDurationsAndRangesAsTheFileWould() {
    String yaml = EffectiveConfig.toYaml(BridgeConfig.DEFAULTS);

    assertThat(yaml).contains("  port-range: 10000-20000\n", "  t1: 500ms\n",
        "  max-duration: 1h\n", "  idle-timeout: 1m\n", "  max-response-output-tokens: inf\n");
  }

  @Test
  void leavesUnsetOptionalVoiceAndTurnDetectionSettingsOut() {
    String yaml = EffectiveConfig.toYaml(BridgeConfig.DEFAULTS);

    assertThat(yaml).contains("  voice:\n    type: openai\n    name: alloy\n"
        + "    endpoint-id: \"\"\n  turn-detection:\n").doesNotContain("locale", "pitch",
        "speech-duration", "remove-filler-words", "languages", "end-of-utterance", "eagerness");
  }

  @Test
  void writesTheOptionalSettingsThatAreSet() throws Exception {
    String yaml = EffectiveConfig.toYaml(ConfigLoaderTest.load("""
        session:
          voice: {type: azure-standard, name: v, rate: "1.1", volume: "+10"}
          turn-detection:
            speech-duration: 200ms
            end-of-utterance-detection: {model: semantic_detection_v1, timeout: 2s}
        """));

    assertThat(yaml).contains("    rate: 1.1\n", "    volume: +10\n",
        "    speech-duration: 200ms\n", "    end-of-utterance-detection:\n"
            + "      model: semantic_detection_v1\n      timeout: 2s\n");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = EffectiveConfigTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
