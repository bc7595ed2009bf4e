package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdleAudioSourceTest {

  @Test
  void silenceFillsTheWholeFrameWithTheLawsOctet() {
    byte[] frame = RtpTestPackets.filled(160, 0x12);

    assertThat(IdleAudioSource.silence((byte) 0xD5).fill(frame)).isTrue();
    assertThat(frame).containsOnly((byte) 0xD5);
  }

  @Test
  void nothingDeclinesAndLeavesTheFrameAlone() {
    byte[] frame = RtpTestPackets.filled(160, 0x12);

    assertThat(IdleAudioSource.NOTHING.fill(frame)).isFalse();
    assertThat(frame).containsOnly((byte) 0x12);
  }
}
