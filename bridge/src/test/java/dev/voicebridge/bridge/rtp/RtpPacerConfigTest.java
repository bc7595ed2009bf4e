package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RtpPacerConfigTest {

  @Test
  void defaultsToTwentyMillisecondsOneFramePerRunAndOneSecondOfLag() {
    assertThat(RtpPacerConfig.DEFAULT).isEqualTo(new RtpPacerConfig(20, 1, 50));
  }

  @Test
  void rejectsNonPositiveSettings() {
    assertThatThrownBy(() -> new RtpPacerConfig(20, 0, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pacer settings must be positive: 20, 0, 50");
  }
}
