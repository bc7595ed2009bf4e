package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RtpAudioFormatTest {

  @Test
  void g711PresetsFollowRfc3551() {
    assertThat(RtpAudioFormat.PCMU.payloadType()).isZero();
    assertThat(RtpAudioFormat.PCMU.silence()).isEqualTo((byte) 0xFF);
    assertThat(RtpAudioFormat.PCMA.payloadType()).isEqualTo(8);
    assertThat(RtpAudioFormat.PCMA.silence()).isEqualTo((byte) 0xD5);
    assertThat(RtpAudioFormat.PCMU.samplesPerFrame()).isEqualTo(160);
  }

  @Test
  void scalesTheFrameWithThePtime() {
    RtpAudioFormat thirty = RtpAudioFormat.PCMA.withPtime(30);

    assertThat(thirty.ptimeMs()).isEqualTo(30);
    assertThat(thirty.frameBytes()).isEqualTo(240);
    assertThat(thirty.samplesPerFrame()).isEqualTo(240);
  }

  @Test
  void rejectsAFrameOfFractionalSamples() {
    assertThatThrownBy(() -> new RtpAudioFormat(0, 8000, 1, 8, (byte) 0).withPtime(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot scale 1 ms frames to 0");
    assertThatThrownBy(() -> new RtpAudioFormat(96, 11025, 20, 220, (byte) 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("20 ms is not a whole number of samples at 11025 Hz");
    assertThatThrownBy(() -> new RtpAudioFormat(128, 8000, 20, 160, (byte) 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payload type out of range: 128");
  }
}
