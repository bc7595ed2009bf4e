package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TurnDetectionConfigTest {

  @Test
  void defaultsToServerVadWithThe20251001Timings() {
    TurnDetectionConfig vad = TurnDetectionConfig.DEFAULTS;

    assertThat(vad).isEqualTo(new TurnDetectionConfig("server_vad", 0.5,
        Duration.ofMillis(300), Duration.ofMillis(500), true, true));
    assertThat(vad.enabled()).isTrue();
  }

  @Test
  void turnsOffWithNone() throws Exception {
    assertThat(ConfigLoaderTest.load("session:\n  turn-detection:\n    type: none\n").session()
        .turnDetection().enabled()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {0.0, 0.009, 1.0, -1})
  void refusesThresholdsOutsideTheServiceRange(double threshold) {
    assertThatThrownBy(() -> new TurnDetectionConfig("server_vad", threshold,
        Duration.ZERO, Duration.ofMillis(500), true, true))
        .hasMessage("threshold: must be at least 0.01 and below 1.0, got " + threshold);
  }

  @Test
  void refusesAnUnknownType() {
    assertThatThrownBy(() -> new TurnDetectionConfig("vad", 0.5, Duration.ZERO,
        Duration.ofMillis(500), true, true))
        .hasMessageStartingWith("type: unknown turn detection 'vad'; allowed: server_vad,");
  }
}
