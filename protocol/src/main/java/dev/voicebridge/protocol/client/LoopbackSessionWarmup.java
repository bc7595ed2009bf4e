package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.event.ClientEventResponseCreate;
import dev.voicebridge.protocol.event.ClientEventSessionUpdate;
import dev.voicebridge.protocol.event.RequestSession;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.ServerEventResponseAudioDelta;
import dev.voicebridge.protocol.event.ServerEventResponseDone;
import dev.voicebridge.protocol.event.ServerEventSessionUpdated;
import dev.voicebridge.protocol.server.LocalServerConfig;
import dev.voicebridge.protocol.server.LocalVoiceLiveServer;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one whole Voice Live session over loopback before a process takes calls: a throwaway local
 * server on an ephemeral port, and the process's own client connecting to it, configuring the
 * session, streaming a second of audio and receiving a response to its end.
 *
 * <p>Why: the first session in a JVM loads the WebSocket handshake and framing code, the client's
 * and the server's classes, and runs them all interpreted, on the event loop of the call it
 * serves. Paid here, the first real call costs what every later one does. The throwaway server
 * is used even when the real endpoint is Azure: it costs nothing, needs no credentials and
 * leaves no session on the service.
 */
public final class LoopbackSessionWarmup {
  private static final int SAMPLE_RATE = 24_000;
  private static final int FRAME_BYTES = SAMPLE_RATE / 50 * 2;
  private static final int FRAMES = 50;
  private static final int NORMAL_CLOSURE = 1000;

  /**
   * What the session did.
   *
   * @param audioDeltas {@code response.audio.delta} events received
   * @param took from starting the server to the session's close
   */
  public record Result(int audioDeltas, Duration took) {}

  private LoopbackSessionWarmup() {}

  /**
   * Runs the session and waits for it; call from a thread that is not one of {@code group}'s.
   *
   * @param client the client the process will use for its calls
   * @param group the event loops the client's sessions will run on; the server borrows them too
   * @param serverChannels the server channel type that suits {@code group}
   * @param timeout the longest wait for the whole session
   * @return what the session did
   * @throws IllegalStateException if the session failed or did not finish in time
   * @throws InterruptedException if interrupted while waiting
   */
  public static Result run(VoiceLiveClient client, EventLoopGroup group,
      ChannelFactory<? extends ServerChannel> serverChannels, Duration timeout)
      throws InterruptedException {
    Objects.requireNonNull(client, "client");
    long start = System.nanoTime();
    try (LocalVoiceLiveServer server = LocalVoiceLiveServer.start(
        LocalServerConfig.newBuilder().host("127.0.0.1").port(0).build(), group, serverChannels)) {
      VoiceLiveClientConfig config = VoiceLiveClientConfig.newBuilder()
          .endpoint(server.endpoint())
          .model("warm-up")
          .credential(VoiceLiveCredential.none())
          .build();
      Session listener = new Session();
      RealtimeSession session = client.connect(config, listener, group.next());
      try {
        int deltas = listener.done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return new Result(deltas, Duration.ofNanos(System.nanoTime() - start));
      } catch (TimeoutException e) {
        session.cancel();
        throw new IllegalStateException(
            "warm-up session did not finish within " + timeout.toMillis() + " ms", e);
      } catch (ExecutionException e) {
        session.cancel();
        throw new IllegalStateException("warm-up session failed: " + e.getCause(), e.getCause());
      }
    }
  }

  /** Configures the session, sends a second of audio, asks for a response, closes at its end. */
  private static final class Session extends RealtimeListener {
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private final byte[] silence = new byte[FRAME_BYTES];
    private int deltas;

    @Override
    public void onOpen(RealtimeSession session, HttpHeaders headers) {
      session.send(ClientEventSessionUpdate.of(
          RequestSession.builder().instructions("warm-up").build()));
    }

    @Override
    public void onEvent(RealtimeSession session, ServerEvent event) {
      if (event instanceof ServerEventSessionUpdated) {
        for (int i = 0; i < FRAMES; i++) {
          session.sendAudio(silence, 0, silence.length);
        }
        session.send(ClientEventResponseCreate.of());
      } else if (event instanceof ServerEventResponseAudioDelta) {
        deltas++;
      } else if (event instanceof ServerEventResponseDone) {
        session.close(NORMAL_CLOSURE, "warm-up done");
      }
    }

    @Override
    public void onClosed(RealtimeSession session, int code, String reason) {
      done.complete(deltas);
    }

    @Override
    public void onFailure(RealtimeSession session, VoiceLiveException failure) {
      done.completeExceptionally(failure);
    }
  }
}
