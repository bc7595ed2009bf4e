package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionConfigTest {

  @Test
  void defaultsToAlloyServerVadNoiseSuppressionAndEchoCancellation() {
    SessionConfig session = SessionConfig.DEFAULTS;

    assertThat(session.voice()).isEqualTo(new VoiceConfig("openai", "alloy", ""));
    assertThat(session.turnDetection().type()).isEqualTo("server_vad");
    assertThat(session.noiseReduction()).isEqualTo("azure_deep_noise_suppression");
    assertThat(session.echoCancellation()).isTrue();
    assertThat(session.transcription().enabled()).isFalse();
    assertThat(session.temperature()).isEqualTo(0.8);
    assertThat(session.maxResponseOutputTokensText()).isEqualTo("inf");
  }

  @Test
  void readsATokenCapOrInf() throws Exception {
    assertThat(ConfigLoaderTest.load("session:\n  max-response-output-tokens: 300\n").session()
        .maxResponseOutputTokens()).isEqualTo(OptionalInt.of(300));
    assertThat(ConfigLoaderTest.load("session:\n  max-response-output-tokens: inf\n").session()
        .maxResponseOutputTokens()).isEmpty();
  }

  @Test
  void refusesATokenCapAboveTheServiceLimit() {
    assertThatThrownBy(() -> SessionConfig.newBuilder()
        .maxResponseOutputTokens(OptionalInt.of(5000)).build())
        .hasMessage("max-response-output-tokens: must be 1-4096, got 5000");
  }

  @Test
  void refusesAnUnknownNoiseReduction() {
    assertThatThrownBy(() -> SessionConfig.newBuilder().noiseReduction("dnn").build())
        .hasMessage("noise-reduction: unknown noise reduction 'dnn'; allowed: "
            + "azure_deep_noise_suppression, near_field, far_field, none");
  }
}
