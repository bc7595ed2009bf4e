package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.voicebridge.codec.frame.G711ToPcm16;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.client.RealtimeListener;
import dev.voicebridge.protocol.client.RealtimeSession;
import dev.voicebridge.protocol.client.VoiceLiveClient;
import dev.voicebridge.protocol.client.VoiceLiveClientConfig;
import dev.voicebridge.protocol.client.VoiceLiveCredential;
import dev.voicebridge.protocol.server.LocalServerConfig;
import dev.voicebridge.protocol.server.LocalVoiceLiveServer;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The caller's frames batched into appends, over a real session to the local server. */
class CallerAudioUplinkIT {
  private static EventLoopGroup group;
  private static LocalVoiceLiveServer server;

  @BeforeAll
  static void start() {
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    server = LocalVoiceLiveServer.start(LocalServerConfig.newBuilder().build(), group);
  }

  @AfterAll
  static void stop() {
    server.close();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void batchesFiveTwentyMillisecondFramesIntoOneHundredMillisecondAppend() throws Exception {
    RealtimeSession session = open();
    EventLoop loop = session.eventLoop();
    CallerAudioUplink uplink =
        new CallerAudioUplink(new G711ToPcm16(G711Law.ULAW, 24_000), 160, 5);
    byte[] silence = new byte[160];
    Arrays.fill(silence, G711Law.ULAW.silenceByte());

    loop.submit(() -> {
      for (int i = 0; i < 12; i++) {
        uplink.onFrame(silence, 160, session);
      }
    }).sync();

    await().atMost(Duration.ofSeconds(2))
        .until(() -> loop.submit(() -> session.stats().audioFramesSent()).get() == 2);
    assertThat(loop.submit(uplink::appends).get()).isEqualTo(2);
    assertThat(loop.submit(uplink::framesSent).get()).isEqualTo(10);
    loop.submit(() -> session.close(1000, "done")).sync();
  }

  @Test
  void dropsAPartialBatchWhenTheCallGoesOnHold() throws Exception {
    RealtimeSession session = open();
    EventLoop loop = session.eventLoop();
    CallerAudioUplink uplink = new CallerAudioUplink(null, 160, 3);
    byte[] silence = new byte[160];

    loop.submit(() -> {
      uplink.onFrame(silence, 160, session);
      uplink.onFrame(silence, 160, session);
      uplink.discardPartial();
      uplink.onFrame(silence, 160, session);
      uplink.onFrame(silence, 160, session);
    }).sync();

    assertThat(loop.submit(uplink::appends).get()).isZero();
    loop.submit(() -> uplink.onFrame(silence, 160, session)).sync();
    assertThat(loop.submit(uplink::appends).get()).isEqualTo(1);
    assertThat(loop.submit(uplink::framesSent).get()).isEqualTo(3);
    loop.submit(() -> session.close(1000, "done")).sync();
  }

  @Test
  void neverBatchesLessThanOneCallerPacket() {
    assertThat(CallerAudioUplink.framesPerAppend(10, 20)).isEqualTo(1);
    assertThat(CallerAudioUplink.framesPerAppend(20, 20)).isEqualTo(1);
    assertThat(CallerAudioUplink.framesPerAppend(100, 20)).isEqualTo(5);
    assertThat(CallerAudioUplink.framesPerAppend(100, 30)).isEqualTo(3);
  }

  private static RealtimeSession open() {
    VoiceLiveClientConfig config = VoiceLiveClientConfig.newBuilder()
        .endpoint(server.endpoint())
        .model("gpt-realtime")
        .credential(VoiceLiveCredential.none())
        .build();
    RealtimeSession session =
        VoiceLiveClient.create().connect(config, new RealtimeListener() {}, group.next());
    await().atMost(Duration.ofSeconds(5)).until(session::isOpen);
    return session;
  }
}
