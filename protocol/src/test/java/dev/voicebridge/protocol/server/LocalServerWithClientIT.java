package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.protocol.client.RealtimeListener;
import dev.voicebridge.protocol.client.RealtimeSession;
import dev.voicebridge.protocol.client.VoiceLiveClient;
import dev.voicebridge.protocol.client.VoiceLiveClientConfig;
import dev.voicebridge.protocol.client.VoiceLiveCredential;
import dev.voicebridge.protocol.client.VoiceLiveException;
import dev.voicebridge.protocol.client.VoiceLiveHandshakeException;
import dev.voicebridge.protocol.event.ResponseStatus;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventInputAudioBufferSpeechStarted;
import dev.voicebridge.protocol.event.ServerEventInputAudioBufferSpeechStopped;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDelta;
import dev.voicebridge.protocol.event.ServerEventResponseDone;
import dev.voicebridge.protocol.event.ServerEventSessionCreated;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own client ({@link VoiceLiveClient}, as the bridge uses it) against the local
 * server, both on one event loop group as the bridge embeds them.
 */
class LocalServerWithClientIT {
  private static final String KEY = "client-it-key";

  private static EventLoopGroup group;
  private static LocalVoiceLiveServer server;

  @BeforeAll
  static void start() {
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    server =
        LocalVoiceLiveServer.start(
            LocalServerConfig.newBuilder()
                .apiKey(KEY)
                .outputSpeedup(Double.POSITIVE_INFINITY)
                .build(),
            group,
            NioServerSocketChannel::new);
  }

  @AfterAll
  static void stop() {
    server.close();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** Queues what the client reports. */
  private static final class Recorder extends RealtimeListener {
    final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(RealtimeSession session, ServerEvent event) {
      events.add(event);
    }

    @Override
    public void onFailure(RealtimeSession session, VoiceLiveException failure) {
      events.add(failure);
    }

    @SuppressWarnings("unchecked")
    <T> T next(Class<T> type) throws InterruptedException {
      while (true) {
        Object event = events.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("a %s", type.getSimpleName()).isNotNull();
        if (type.isInstance(event)) {
          return (T) event;
        }
        assertThat(event).isNotInstanceOf(VoiceLiveException.class);
      }
    }
  }

  private static VoiceLiveClientConfig config(String key) {
    return VoiceLiveClientConfig.newBuilder()
        .endpoint(server.endpoint())
        .model("gpt-realtime")
        .credential(VoiceLiveCredential.apiKey(key))
        .build();
  }

  @Test
  void clientCompletesATurnAndHearsItsEcho() throws InterruptedException {
    TestSignal turn = new TestSignal(24000).silence(400).tone(500, -20).silence(600);
    byte[] pcm = turn.pcm16(0, turn.samples.length);
    Recorder recorder = new Recorder();
    RealtimeSession session = VoiceLiveClient.create().connect(config(KEY), recorder, group.next());
    try {
      recorder.next(ServerEventSessionCreated.class);
      for (int off = 0; off < pcm.length; off += 960) {
        session.eventLoop().execute(sendChunk(session, pcm, off));
      }

      var started = recorder.next(ServerEventInputAudioBufferSpeechStarted.class);
      var stopped = recorder.next(ServerEventInputAudioBufferSpeechStopped.class);
      ByteArrayOutputStream echo = new ByteArrayOutputStream();
      Object event;
      do {
        event = recorder.next(ServerEvent.class);
        if (event instanceof ServerEventResponseAudioDelta delta) {
          echo.writeBytes(delta.delta());
        }
      } while (!(event instanceof ServerEventResponseDone));

      assertThat(started.audioStartMs()).isEqualTo(100);
      assertThat(stopped.audioEndMs()).isEqualTo(1400);
      assertThat(((ServerEventResponseDone) event).response().status())
          .isEqualTo(ResponseStatus.COMPLETED);
      assertThat(TestSignal.fromPcm16(echo.toByteArray())).containsExactly(turn.slice(100, 1400));
    } finally {
      session.cancel();
    }
  }

  @Test
  void wrongKeyFailsTheClientWithUnauthorized() throws InterruptedException {
    Recorder recorder = new Recorder();
    RealtimeSession session =
        VoiceLiveClient.create().connect(config("wrong"), recorder, group.next());

    Object failure = recorder.events.poll(30, TimeUnit.SECONDS);

    assertThat(failure).isInstanceOf(VoiceLiveHandshakeException.class);
    assertThat(((VoiceLiveHandshakeException) failure).status()).isEqualTo(401);
    session.cancel();
  }

  private static Runnable sendChunk(RealtimeSession session, byte[] pcm, int off) {
    return () -> session.sendAudio(pcm, off, Math.min(960, pcm.length - off));
  }
}
