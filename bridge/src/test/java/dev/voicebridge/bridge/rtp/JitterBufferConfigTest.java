package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JitterBufferConfigTest {

  @Test
  void defaultsAreFortyToTwoHundredMillisecondsWithTwoRepeats() {
    JitterBufferConfig config = JitterBufferConfig.DEFAULT;

    assertThat(config.minDepthMs()).isEqualTo(40);
    assertThat(config.maxDepthMs()).isEqualTo(200);
    assertThat(config.concealmentRepeats()).isEqualTo(2);
    assertThat(config.attenuation()).isNull();
    assertThat(config).hasToString("JitterBufferConfig[depth=40-200 ms, concealmentRepeats=2]");
  }

  @Test
  void copiesTheAttenuationTableBothWays() {
    byte[] table = new byte[256];
    JitterBufferConfig config = JitterBufferConfig.newBuilder().attenuation(table).build();
    table[0] = 1;
    config.attenuation()[1] = 1;

    assertThat(config.attenuation()).containsOnly(0);
    assertThat(config)
        .isEqualTo(JitterBufferConfig.newBuilder().attenuation(new byte[256]).build());
  }

  @Test
  void rejectsAnInvertedRangeAndAShortTable() {
    assertThatThrownBy(() -> JitterBufferConfig.newBuilder().depthMs(100, 40).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad depth range 100-40");
    assertThatThrownBy(() -> JitterBufferConfig.newBuilder().attenuation(new byte[255]).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attenuation table needs 256 entries");
  }
}
