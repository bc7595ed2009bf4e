package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import dev.voicebridge.protocol.event.ClientEventResponseCancel;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session's timers and state machine on an {@link EmbeddedChannel} with a frozen clock, so
 * ping, pong and close deadlines are checked to the millisecond without waiting for them.
 */
class RealRealtimeSessionTest {

  private final EmbeddedChannel channel = new EmbeddedChannel();
  private final RecordingRealtimeListener listener = new RecordingRealtimeListener();
  private RealRealtimeSession session;

  @AfterEach
  void finish() {
    listener.assertExhaustedNow();
    assertThat(channel.finishAndReleaseAll()).as("unread frames").isFalse();
  }

  @Test
  void unansweredPingFailsExactlyAtThePongTimeout() {
    open(config().pingInterval(Duration.ofSeconds(20)).pongTimeout(Duration.ofSeconds(10)));

    advance(20_000);
    releaseOutbound(PingWebSocketFrame.class);
    advance(9_999);
    assertThat(session.isOpen()).isTrue();
    advance(1);

    assertThat(listener.assertFailure(Kind.PONG_TIMEOUT))
        .hasMessage("no pong within 10000 ms of a ping");
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void pongClearsTheDeadlineAndPingingGoesOn() {
    open(config().pingInterval(Duration.ofSeconds(20)).pongTimeout(Duration.ofSeconds(10)));

    advance(20_000);
    releaseOutbound(PingWebSocketFrame.class);
    channel.writeInbound(new PongWebSocketFrame());
    advance(20_000);
    releaseOutbound(PingWebSocketFrame.class);
    channel.writeInbound(new PongWebSocketFrame());
    advance(15_000);

    assertThat(session.isOpen()).isTrue();
    session.cancel();
    listener.assertFailure(Kind.CANCELED);
  }

  @Test
  void inboundPingIsAnsweredWithItsPayload() {
    open(config());

    channel.writeInbound(new PingWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {4, 2})));

    PongWebSocketFrame pong = channel.readOutbound();
    assertThat(ByteBufBytes.of(pong.content())).containsExactly(4, 2);
    pong.release();
    session.cancel();
    listener.assertFailure(Kind.CANCELED);
  }

  @Test
  void unansweredCloseFailsAtTheCloseTimeout() {
    open(config().closeTimeout(Duration.ofSeconds(5)));

    assertThat(session.close(1000, "bye")).isTrue();
    CloseWebSocketFrame close = channel.readOutbound();
    assertThat(close.statusCode()).isEqualTo(1000);
    assertThat(close.reasonText()).isEqualTo("bye");
    close.release();
    advance(4_999);
    listener.assertExhaustedNow();
    advance(1);

    listener.assertFailure(Kind.CLOSE_TIMEOUT);
  }

  @Test
  void peerCloseIsEchoedWithItsStatusThenEndsWithOnClosed() {
    open(config());

    channel.writeInbound(new CloseWebSocketFrame(4000, "expired"));

    listener.assertClosing(4000, "expired");
    CloseWebSocketFrame echo = channel.readOutbound();
    assertThat(echo.statusCode()).isEqualTo(4000);
    echo.release();
    listener.assertClosed(4000, "expired");
    assertThat(session.send(ClientEventResponseCancel.of())).isFalse();
  }

  @Test
  void closeFrameWithoutStatusIsReportedAs1005() {
    open(config());

    channel.writeInbound(new CloseWebSocketFrame(true, 0, Unpooled.EMPTY_BUFFER));

    listener.assertClosing(1005, "");
    releaseOutbound(CloseWebSocketFrame.class);
    listener.assertClosed(1005, "");
  }

  @Test
  void connectTimerFailsASessionThatNeverGetsAChannel() {
    session = new RealRealtimeSession(
        config().connectTimeout(Duration.ofSeconds(10)).build(), listener, channel.eventLoop());
    channel.freezeTime();
    session.connecting();

    advance(10_000);

    assertThat(listener.assertFailure(Kind.CONNECT_TIMEOUT))
        .hasMessage("connect timed out after 10000 ms");
  }

  @Test
  void backpressureIsReportedOncePerEpisodeAndEndsWhenWritableAgain() {
    open(config());
    byte[] pcm = new byte[960];

    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
    channel.runPendingTasks();
    assertThat(session.sendAudio(pcm, 0, pcm.length)).isFalse();
    assertThat(session.sendAudio(Unpooled.wrappedBuffer(pcm))).isFalse();
    assertThat(listener.assertBackpressure()).isZero();
    listener.assertExhaustedNow();
    channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
    channel.runPendingTasks();

    assertThat(listener.assertBackpressureRelieved()).isEqualTo(2);
    assertThat(session.sendAudio(pcm, 0, 3)).isTrue();
    TextWebSocketFrame frame = channel.readOutbound();
    assertThat(frame.text())
        .isEqualTo("{\"type\":\"input_audio_buffer.append\",\"audio\":\"AAAA\"}");
    frame.release();
    assertThat(session.stats())
        .isEqualTo(new RealtimeSessionStats(1, 2, 1, 0, 0, 0, 0, 0));
    session.cancel();
    listener.assertFailure(Kind.CANCELED);
  }

  @Test
  void binaryAndMalformedFramesAreCounted() {
    open(config());

    channel.writeInbound(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1})));
    channel.writeInbound(new TextWebSocketFrame("{oops"));

    assertThat(session.stats().binaryFramesIgnored()).isEqualTo(1);
    assertThat(session.stats().malformedFrames()).isEqualTo(1);
    assertThat(session.isOpen()).isTrue();
    session.cancel();
    listener.assertFailure(Kind.CANCELED);
  }

  private void open(VoiceLiveClientConfig.Builder config) {
    session = new RealRealtimeSession(config.build(), listener, channel.eventLoop());
    channel.freezeTime();
    session.connecting();
    session.attach(channel);
    session.connected();
    channel.pipeline().addLast(new SessionFrameHandler(session, 1 << 20));
    session.opened(new DefaultHttpHeaders());
    listener.assertOpen();
  }

  private void advance(long millis) {
    channel.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
    channel.runPendingTasks();
  }

  private void releaseOutbound(Class<? extends WebSocketFrame> type) {
    Object frame = channel.readOutbound();
    assertThat(frame).isInstanceOf(type);
    ((WebSocketFrame) frame).release();
  }

  private static VoiceLiveClientConfig.Builder config() {
    return VoiceLiveClientConfig.newBuilder()
        .endpoint("ws://localhost:9")
        .model("gpt-realtime")
        .credential(VoiceLiveCredential.none())
        .pingInterval(Duration.ZERO);
  }

  /** The readable bytes of a buffer, as ints for readable assertions. */
  private static final class ByteBufBytes {
    static int[] of(ByteBuf buf) {
      int[] bytes = new int[buf.readableBytes()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = buf.getByte(buf.readerIndex() + i);
      }
      return bytes;
    }
  }
}
