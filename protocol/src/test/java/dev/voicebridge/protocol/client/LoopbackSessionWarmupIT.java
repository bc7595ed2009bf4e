package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackSessionWarmupIT {
  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());

  @AfterEach
  void stopLoops() {
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void runsAWholeSessionWithAResponseAndLeavesNoSessionOpen() throws Exception {
    VoiceLiveClient client = VoiceLiveClient.create();

    LoopbackSessionWarmup.Result result = LoopbackSessionWarmup.run(
        client, group, NioServerSocketChannel::new, Duration.ofSeconds(10));

    assertThat(result.audioDeltas()).isPositive();
    assertThat(result.took()).isPositive();
    assertThat(client.openSessions()).isZero();
  }

  @Test
  void aSessionThatCannotFinishInTimeIsCancelledAndReported() {
    VoiceLiveClient client = VoiceLiveClient.create();

    assertThatThrownBy(() -> LoopbackSessionWarmup.run(
        client, group, NioServerSocketChannel::new, Duration.ofMillis(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not finish within 1 ms");
    assertThat(client.openSessions()).isZero();
  }
}
