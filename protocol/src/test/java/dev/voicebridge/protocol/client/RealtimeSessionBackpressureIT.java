package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import dev.voicebridge.protocol.client.testing.ServerConnection;
import dev.voicebridge.protocol.event.ClientEvent;
import dev.voicebridge.protocol.event.ClientEventResponseCancel;
import dev.voicebridge.protocol.event.ClientEventSessionUpdate;
import dev.voicebridge.protocol.event.RequestSession;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The bounded send queue: a service that stops reading must not stall or bloat the call. */
class RealtimeSessionBackpressureIT extends ClientTestSupport {

  private static final int SOFT_LIMIT = 64 * 1024;
  private static final byte[] PCM_100_MS = new byte[4800];

  @Test
  void sendsFromTheLoopAreWrittenInOrder() throws Exception {
    RealtimeSession session = open(config().build());
    ServerConnection connection = server.takeConnection();

    boolean[] sent = onLoop(session, () -> new boolean[] {
      session.send(ClientEventResponseCancel.of()),
      session.sendAudio(new byte[] {1, 2, 3}, 0, 3),
    });

    assertThat(sent).containsExactly(true, true);
    assertThat(VoiceLiveJson.parseClientEvent(connection.takeText()))
        .isEqualTo(ClientEventResponseCancel.of());
    assertThat(connection.takeText())
        .isEqualTo("{\"type\":\"input_audio_buffer.append\",\"audio\":\"AQID\"}");
    session.cancel();
  }

  @Test
  void serverThatStopsReadingMakesAudioDropWithOneNoticePerEpisode() throws Exception {
    RealtimeSession session =
        open(config().sendQueueLimits(SOFT_LIMIT, 64L * 1024 * 1024).build());
    ServerConnection connection = server.takeConnection();
    connection.stopReading();

    int accepted = onLoop(session, () -> sendAudioUntilRefused(session));
    int refused = onLoop(session, () -> {
      int n = 0;
      for (int i = 0; i < 10; i++) {
        n += session.sendAudio(PCM_100_MS, 0, PCM_100_MS.length) ? 0 : 1;
      }
      return n;
    });

    assertThat(accepted).isPositive();
    assertThat(refused).isEqualTo(10);
    // Refusing starts past the soft limit and lasts until the queue is below half of it.
    assertThat(listener.assertBackpressure()).isGreaterThan(SOFT_LIMIT / 2);
    assertThat(session.queuedBytes()).isGreaterThan(SOFT_LIMIT / 2);
    RealtimeSessionStats stats = session.stats();
    assertThat(stats.audioFramesDropped()).isEqualTo(11);
    assertThat(stats.backpressureEpisodes()).isEqualTo(1);
    assertThat(stats.audioFramesSent()).isEqualTo(accepted);

    // Control events are never dropped: they go past the soft limit.
    assertThat(onLoop(session, () -> session.send(ClientEventResponseCancel.of()))).isTrue();

    connection.resumeReading();
    assertThat(listener.assertBackpressureRelieved()).isEqualTo(11);
    assertThat(onLoop(session, () -> session.sendAudio(PCM_100_MS, 0, 960))).isTrue();
    session.cancel();
    listener.assertFailure(Kind.CANCELED);
    listener.assertExhausted(session);
  }

  @Test
  void controlEventsPastTheHardLimitFailTheSessionOnce() throws Exception {
    RealtimeSession session =
        open(config().sendQueueLimits(16 * 1024, 256 * 1024).build());
    ServerConnection connection = server.takeConnection();
    connection.stopReading();
    ClientEvent big = ClientEventSessionUpdate.of(
        RequestSession.builder().instructions("x".repeat(16 * 1024)).build());

    int accepted = onLoop(session, () -> {
      int n = 0;
      while (n < 100_000 && session.send(big)) {
        n++;
      }
      return n;
    });

    assertThat(accepted).isPositive().isLessThan(100_000);
    VoiceLiveException failure = listener.assertFailure(Kind.SEND_QUEUE_OVERFLOW);
    assertThat(failure).hasMessageStartingWith("send queue over its hard limit of 262144 bytes");
    assertThat(session.send(big)).isFalse();
    listener.assertExhausted(session);
  }

  @Override
  VoiceLiveClientConfig.Builder config() {
    return super.config().socketSendBufferBytes(16 * 1024);
  }

  private RealtimeSession open(VoiceLiveClientConfig config) {
    RealtimeSession session = connect(config);
    listener.assertOpen();
    return session;
  }

  /** Sends 100 ms frames as the bridge does, from the session's loop, until one is refused. */
  private static int sendAudioUntilRefused(RealtimeSession session) {
    int accepted = 0;
    while (accepted < 100_000 && session.sendAudio(PCM_100_MS, 0, PCM_100_MS.length)) {
      accepted++;
    }
    return accepted;
  }

  private static <T> T onLoop(RealtimeSession session, Callable<T> task) throws Exception {
    return session.eventLoop().submit(task).get();
  }
}
