package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many sessions at once on a server embedded in the caller's event loop group.
 *
 * <p>Sessions talk G.711 at 8 kHz: a sixth of the bytes of 24 kHz PCM16, because under paranoid
 * leak detection Netty records a trace for every read of a masked client frame.
 */
class LocalServerConcurrencyIT {
  private static final int SESSIONS = 50;

  @Test
  void fiftyConcurrentSessionsEachCompleteATurnWithTheirOwnEcho() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    ExecutorService clients = Executors.newFixedThreadPool(SESSIONS);
    try (LocalVoiceLiveServer server =
        LocalVoiceLiveServer.start(
            LocalServerConfig.newBuilder().outputSpeedup(Double.POSITIVE_INFINITY).build(),
            group)) {
      List<Future<byte[]>> echoes = new ArrayList<>();
      List<byte[]> turns = new ArrayList<>();
      for (int i = 0; i < SESSIONS; i++) {
        // Each session speaks a different length, so a mixed-up echo would show.
        byte[] turn =
            LocalServerFormatsIT.encode(
                "g711_ulaw",
                new TestSignal(8000).silence(100).tone(200 + 10 * i, -20).silence(600));
        turns.add(turn);
        echoes.add(clients.submit(() -> speakOneTurn(server, turn)));
      }

      for (int i = 0; i < SESSIONS; i++) {
        int turnMs = 100 + 200 + 10 * i + 500;
        assertThat(echoes.get(i).get(60, TimeUnit.SECONDS))
            .as("echo of session %d", i)
            .containsExactly(Arrays.copyOf(turns.get(i), turnMs * 8));
      }
      assertThat(server.stats().sessionsTotal()).isEqualTo(SESSIONS);
      assertThat(server.stats().responses()).isEqualTo(SESSIONS);
      assertThat(server.stats().errorsSent()).isZero();
    } finally {
      clients.shutdownNow();
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  private static byte[] speakOneTurn(LocalVoiceLiveServer server, byte[] turn) {
    try (RealtimeTestClient client = RealtimeTestClient.connect(server)) {
      client.next("session.created");
      client.send(
          "{'type':'session.update','session':{'input_audio_format':'g711_ulaw',"
              + "'output_audio_format':'g711_ulaw'}}");
      client.next("session.updated");
      client.append(turn, 160);
      JsonNode started = client.skipTo("input_audio_buffer.speech_started");
      assertThat(started.get("audio_start_ms").asLong()).isZero();
      List<JsonNode> events = client.until("response.done");
      return RealtimeTestClient.audioOf(events);
    }
  }
}
