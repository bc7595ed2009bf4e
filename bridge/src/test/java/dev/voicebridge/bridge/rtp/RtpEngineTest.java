package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class RtpEngineTest {

  @Test
  void openFailsWithServiceUnavailableWhenNoPortIsFree() throws Exception {
    RtpEngine engine =
        new RtpEngine(RtpEngineConfig.newBuilder().ports(42000, 42003).build());
    engine.ports().acquire();
    engine.ports().acquire();
    EmbeddedChannel loopOwner = new EmbeddedChannel();

    Future<RtpSession> session =
        engine.open(
            loopOwner.eventLoop(),
            RtpAudioFormat.PCMU,
            new InetSocketAddress("127.0.0.1", 4000),
            (frame, playout) -> {});

    assertThat(session.isDone()).isTrue();
    assertThat(session.cause())
        .isInstanceOfSatisfying(
            RtpPortsExhaustedException.class, e -> assertThat(e.statusCode()).isEqualTo(503))
        .hasMessage("all 2 RTP ports in 42000-42002 are in use");
    assertThat(engine.openSessionCount()).isZero();
    assertThat(engine.pacers()).hasSize(1); // the loop's clock exists, idle
    assertThat(engine.pacers().get(0).streamCount()).isZero();
    assertFalse(loopOwner.finish());
  }
}
