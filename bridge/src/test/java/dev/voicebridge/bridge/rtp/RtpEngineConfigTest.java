package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class RtpEngineConfigTest {

  @Test
  void defaultsMatchTheDocumentedValues() {
    RtpEngineConfig config = RtpEngineConfig.newBuilder().build();

    assertThat(config.bindAddress().isAnyLocalAddress()).isTrue();
    assertThat(config.minPort()).isEqualTo(10000);
    assertThat(config.maxPort()).isEqualTo(20000);
    assertThat(config.maxBindAttempts()).isEqualTo(8);
    assertThat(config.jitterBuffer()).isEqualTo(JitterBufferConfig.DEFAULT);
    assertThat(config.pacer()).isEqualTo(RtpPacerConfig.DEFAULT);
    assertThat(config.relatchPackets()).isEqualTo(5);
    assertThat(config.maxQueuedFrames()).isEqualTo(3000);
    assertThat(config.framesPerChunk()).isEqualTo(50);
    assertThat(config.maxChunksPerLoop()).isEqualTo(8192);
    assertThat(config.maxIdleChunksPerLoop()).isEqualTo(512);
  }

  @Test
  void builderSetsEveryField() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    RtpEngineConfig config =
        RtpEngineConfig.newBuilder()
            .bindAddress(loopback)
            .ports(30000, 30099)
            .maxBindAttempts(3)
            .jitterBuffer(JitterBufferConfig.newBuilder().depthMs(60, 300).build())
            .pacer(new RtpPacerConfig(20, 2, 10))
            .relatchPackets(2)
            .maxQueuedFrames(100)
            .chunks(25, 10, 5)
            .build();

    assertThat(config)
        .isEqualTo(
            new RtpEngineConfig(
                loopback,
                30000,
                30099,
                3,
                JitterBufferConfig.newBuilder().depthMs(60, 300).build(),
                new RtpPacerConfig(20, 2, 10),
                2,
                100,
                25,
                10,
                5));
  }
}
