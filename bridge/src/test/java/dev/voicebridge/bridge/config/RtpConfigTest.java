package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sdp.G711Codec;
import dev.voicebridge.bridge.sdp.MediaPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtpConfigTest {

  @Test
  void defaultsToPorts10000To20000AndPcmuFirstAt20Ms() {
    assertThat(RtpConfig.DEFAULTS.portRange()).isEqualTo(new PortRange(10000, 20000));
    assertThat(RtpConfig.DEFAULTS.mediaPolicy()).isEqualTo(MediaPolicy.defaults());
  }

  @Test
  void turnsIntoTheOfferAnswerPolicy() {
    RtpConfig rtp = RtpConfig.newBuilder().codecs(List.of(G711Codec.PCMA))
        .ptime(Duration.ofMillis(30)).telephoneEvent(false).build();

    assertThat(rtp.mediaPolicy()).isEqualTo(MediaPolicy.newBuilder()
        .codecPreference(List.of(G711Codec.PCMA)).ptimeMs(30).telephoneEvent(false).build());
  }

  @Test
  void readsCodecsCaseInsensitivelyFromYaml() throws Exception {
    assertThat(ConfigLoaderTest.load("rtp:\n  codecs: pcma, pcmu\n").rtp().codecs())
        .containsExactly(G711Codec.PCMA, G711Codec.PCMU);
  }

  @Test
  void refusesPtimeOffTheTenMillisecondGrid() {
    assertThatThrownBy(() -> RtpConfig.newBuilder().ptime(Duration.ofMillis(25)).build())
        .hasMessage("ptime: must be a multiple of 10ms, got 25ms");
    assertThatThrownBy(() -> RtpConfig.newBuilder().ptime(Duration.ofMillis(80)).build())
        .hasMessage("ptime: must be 10ms-60ms, got 80ms");
  }

  @Test
  void refusesRepeatedOrNoCodecs() {
    assertThatThrownBy(() -> RtpConfig.newBuilder()
        .codecs(List.of(G711Codec.PCMU, G711Codec.PCMU)).build())
        .hasMessage("codecs: must list PCMU and/or PCMA once each");
    assertThatThrownBy(() -> RtpConfig.newBuilder().codecs(List.of()).build())
        .hasMessage("codecs: must list PCMU and/or PCMA once each");
  }

  @Test
  void refusesAJitterBufferWhoseMaximumIsBelowItsMinimum() {
    assertThatThrownBy(() -> RtpConfig.newBuilder().jitterBufferMin(Duration.ofMillis(100))
        .jitterBufferMax(Duration.ofMillis(60)).build())
        .hasMessage("jitter-buffer-max: must be 100ms-2s, got 60ms");
  }
}
