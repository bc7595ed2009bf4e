package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import dev.voicebridge.protocol.event.ClientEvent;
import dev.voicebridge.protocol.event.ClientEventInputAudioBufferAppend;
import dev.voicebridge.protocol.event.ServerEvent;
import dev.voicebridge.protocol.event.UnknownServerEvent;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RealtimeSession}: its state machine, send paths and the single way it ends.
 *
 * <p>Every state change happens on the session's event loop; fields read by other threads (state,
 * channel, the pre-open byte count) are volatile and written on the loop only. A session ends
 * through {@link #fail} or {@link #finishClosed}, whichever comes first: both release everything
 * and call the listener once.
 */
final class RealRealtimeSession implements RealtimeSession {

  private static final Logger log = LoggerFactory.getLogger(RealRealtimeSession.class);
  private static final AtomicLong IDS = new AtomicLong();

  /** Where a session is in its life. */
  enum State {
    CONNECTING,
    OPEN,
    CLOSING,
    CLOSED,
    FAILED
  }

  private final VoiceLiveClientConfig config;
  private final RealtimeListener listener;
  private final Runnable onEnded;
  private final EventLoop loop;
  private final String name;
  private final ByteBufAllocator alloc = ByteBufAllocator.DEFAULT;
  private final SessionCounters counters = new SessionCounters();
  private final ServerEventReader reader = new ServerEventReader();
  private final ArrayDeque<byte[]> heldUntilOpen = new ArrayDeque<>();
  private final BackpressureEpisodes backpressure = new BackpressureEpisodes(this, counters);

  private volatile State state = State.CONNECTING;
  private volatile Channel channel;
  private volatile long heldBytes;
  private ScheduledFuture<?> phaseTimer;
  private KeepAlive keepAlive;
  private boolean closeSent;
  private int peerCloseCode = -1;
  private String peerCloseReason;

  RealRealtimeSession(VoiceLiveClientConfig config, RealtimeListener listener, EventLoop loop) {
    this(config, listener, loop, () -> { });
  }

  /**
   * @param onEnded runs once, on the loop, when the session closes or fails
   */
  RealRealtimeSession(
      VoiceLiveClientConfig config, RealtimeListener listener, EventLoop loop, Runnable onEnded) {
    this.config = Objects.requireNonNull(config, "config");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.loop = Objects.requireNonNull(loop, "loop");
    this.onEnded = Objects.requireNonNull(onEnded, "onEnded");
    this.name = "voicelive#" + IDS.incrementAndGet();
  }

  @Override
  public EventLoop eventLoop() {
    return loop;
  }

  @Override
  public VoiceLiveClientConfig config() {
    return config;
  }

  @Override
  public boolean isOpen() {
    return state == State.OPEN;
  }

  @Override
  public boolean send(ClientEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof ClientEventInputAudioBufferAppend append && append.eventId() == null) {
      byte[] audio = append.audio();
      return sendAudio(audio, 0, audio.length);
    }
    State now = state;
    if (now != State.CONNECTING && now != State.OPEN) {
      return false;
    }
    if (now == State.OPEN && loop.inEventLoop()) {
      return write(EventFrames.encode(alloc, event));
    }
    // Held or handed over as a plain array: if the loop never runs it (shutdown), nothing leaks.
    byte[] json = VoiceLiveJson.writeValueAsBytes(event);
    if (loop.inEventLoop()) {
      return enqueue(json);
    }
    try {
      loop.execute(() -> enqueue(json));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  @Override
  public boolean sendAudio(byte[] pcm, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, pcm.length);
    Channel ch = channel;
    if (state != State.OPEN) {
      return false;
    }
    if (!ch.isWritable()) {
      backpressure.audioDropped();
      return false;
    }
    ch.writeAndFlush(
        new TextWebSocketFrame(AppendFrames.encode(alloc, pcm, offset, length)), ch.voidPromise());
    counters.audioFramesSent.increment();
    return true;
  }

  @Override
  public boolean sendAudio(ByteBuf pcm) {
    Channel ch = channel;
    if (state != State.OPEN) {
      return false;
    }
    if (!ch.isWritable()) {
      backpressure.audioDropped();
      return false;
    }
    ch.writeAndFlush(new TextWebSocketFrame(AppendFrames.encode(alloc, pcm)), ch.voidPromise());
    counters.audioFramesSent.increment();
    return true;
  }

  @Override
  public long queuedBytes() {
    long queued = heldBytes;
    Channel ch = channel;
    if (ch != null) {
      ChannelOutboundBuffer outbound = ch.unsafe().outboundBuffer();
      if (outbound != null) {
        queued += outbound.totalPendingWriteBytes();
      }
    }
    return queued;
  }

  @Override
  public RealtimeSessionStats stats() {
    return counters.snapshot();
  }

  @Override
  public boolean close(int code, String reason) {
    CloseStatus.check(code, reason);
    State now = state;
    if (now != State.CONNECTING && now != State.OPEN) {
      return false;
    }
    if (loop.inEventLoop()) {
      return closeOnLoop(code, reason);
    }
    try {
      loop.execute(() -> closeOnLoop(code, reason));
      return true;
    } catch (RejectedExecutionException loopGone) {
      return false;
    }
  }

  @Override
  public void cancel() {
    if (loop.inEventLoop()) {
      fail(new VoiceLiveException(Kind.CANCELED, "canceled"));
      return;
    }
    try {
      loop.execute(() -> fail(new VoiceLiveException(Kind.CANCELED, "canceled")));
    } catch (RejectedExecutionException loopGone) {
      // The loop closed its channels on shutdown; there is no thread left to report on.
      log.debug("{} canceled after its event loop shut down", name);
    }
  }

  @Override
  public String toString() {
    return "RealtimeSession[" + name + " " + state + " "
        + VoiceLiveEndpoint.redact(config.webSocketUri()) + "]";
  }

  // ---- Called on the event loop by the connector and the channel handlers. ----

  String name() {
    return name;
  }

  boolean isEnded() {
    State now = state;
    return now == State.CLOSED || now == State.FAILED;
  }

  /** Starts the connect timer; the connector starts the connection itself. */
  void connecting() {
    arm(config.connectTimeout(), Kind.CONNECT_TIMEOUT, "connect");
  }

  /** The channel exists (its connect may still be pending). */
  void attach(Channel ch) {
    channel = ch;
    if (isEnded()) {
      ch.close();
    }
  }

  /** TCP is up: TLS and the upgrade get the handshake timeout from here. */
  void connected() {
    if (!isEnded()) {
      arm(config.handshakeTimeout(), Kind.HANDSHAKE_TIMEOUT, "handshake");
    }
  }

  /** The upgrade succeeded: write what was held, then tell the listener. */
  void opened(HttpHeaders responseHeaders) {
    if (state != State.CONNECTING) {
      return;
    }
    cancelTimer();
    state = State.OPEN;
    Channel ch = channel;
    keepAlive = new KeepAlive(this, ch, config.pingInterval(), config.pongTimeout());
    keepAlive.start();
    byte[] held;
    while ((held = heldUntilOpen.poll()) != null) {
      ch.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(held)), ch.voidPromise());
      counters.eventsSent.increment();
    }
    heldBytes = 0;
    ch.flush();
    log.debug("{} open", name);
    tell("onOpen", l -> l.onOpen(this, responseHeaders));
  }

  void onText(ByteBuf payload) {
    ServerEvent event;
    try {
      event = reader.read(payload);
    } catch (Exception e) {
      counters.malformedFrames.increment();
      // The frame may carry a caller's words: log its size and the parser's complaint only,
      // and loudly only once per session, so a broken server cannot flood the log.
      if (counters.malformedFrames.sum() == 1) {
        log.warn("{} skipped a malformed event ({} bytes): {}", name, payload.readableBytes(),
            e.getMessage());
      } else {
        log.debug("{} skipped a malformed event ({} bytes): {}", name, payload.readableBytes(),
            e.getMessage());
      }
      return;
    }
    counters.eventsReceived.increment();
    if (event instanceof UnknownServerEvent unknown) {
      counters.unknownEvents.increment();
      log.debug("{} received an event of unknown type {}", name, unknown.type());
    }
    try {
      listener.onEvent(this, event);
    } catch (RuntimeException e) {
      log.warn("{} listener threw from onEvent({})", name, event.type(), e);
    }
  }

  void onBinary() {
    counters.binaryFramesIgnored.increment();
    log.debug("{} ignored a binary frame", name);
  }

  void onPong() {
    if (keepAlive != null) {
      keepAlive.onPong();
    }
  }

  /** The server's close frame: echo it unless it answers ours, then close the connection. */
  void onPeerClose(int code, String reason) {
    if (isEnded() || peerCloseCode != -1) {
      return;
    }
    peerCloseCode = code == -1 ? CloseStatus.NO_STATUS : code;
    peerCloseReason = reason == null ? "" : reason;
    state = State.CLOSING;
    stopKeepAlive();
    tell("onClosing", l -> l.onClosing(this, peerCloseCode, peerCloseReason));
    Channel ch = channel;
    if (closeSent) {
      ch.close();
    } else {
      closeSent = true;
      CloseWebSocketFrame echo =
          code == -1 ? new CloseWebSocketFrame() : new CloseWebSocketFrame(code, null);
      ch.writeAndFlush(echo).addListener(ChannelFutureListener.CLOSE);
      arm(config.closeTimeout(), Kind.CLOSE_TIMEOUT, "close");
    }
  }

  void onChannelInactive() {
    if (isEnded()) {
      return;
    }
    if (peerCloseCode != -1) {
      finishClosed(peerCloseCode, peerCloseReason);
    } else if (state == State.CONNECTING) {
      fail(new VoiceLiveException(Kind.CONNECTION_LOST, "connection closed during the handshake"));
    } else {
      fail(new VoiceLiveException(Kind.CONNECTION_LOST, "connection closed without a close frame"));
    }
  }

  void onWritabilityChanged() {
    backpressure.writabilityChanged(channel);
  }

  boolean isWritable() {
    Channel ch = channel;
    return ch != null && ch.isWritable();
  }

  void backpressureStarted() {
    long queued = queuedBytes();
    log.debug("{} send queue over its soft limit ({} bytes): dropping audio", name, queued);
    tell("onBackpressure", l -> l.onBackpressure(this, queued));
  }

  void backpressureRelieved(long dropped) {
    log.debug("{} send queue drained after dropping {} audio frames", name, dropped);
    tell("onBackpressureRelieved", l -> l.onBackpressureRelieved(this, dropped));
  }

  /** Ends the session as failed, unless it has ended already. The one failure path. */
  void fail(VoiceLiveException failure) {
    if (isEnded()) {
      log.debug("{} already ended; ignoring {}", name, failure.toString());
      return;
    }
    state = State.FAILED;
    releaseAll();
    onEnded.run();
    log.debug("{} failed: {}", name, failure.toString());
    tell("onFailure", l -> l.onFailure(this, failure));
  }

  // ---- Internals, on the event loop. ----

  private boolean enqueue(byte[] json) {
    State now = state;
    if (now == State.OPEN) {
      return write(Unpooled.wrappedBuffer(json));
    }
    if (now != State.CONNECTING || overflows(json.length)) {
      return false;
    }
    heldUntilOpen.add(json);
    heldBytes += json.length;
    return true;
  }

  private boolean write(ByteBuf json) {
    if (overflows(json.readableBytes())) {
      json.release();
      return false;
    }
    Channel ch = channel;
    ch.writeAndFlush(new TextWebSocketFrame(json), ch.voidPromise());
    counters.eventsSent.increment();
    return true;
  }

  /** Fails the session if some more bytes would take the queue past its hard limit. */
  private boolean overflows(int size) {
    long queued = queuedBytes();
    if (queued + size <= config.sendQueueHardLimitBytes()) {
      return false;
    }
    fail(new VoiceLiveException(Kind.SEND_QUEUE_OVERFLOW,
        "send queue over its hard limit of " + config.sendQueueHardLimitBytes() + " bytes ("
            + queued + " queued, " + size + " more)"));
    return true;
  }

  private boolean closeOnLoop(int code, String reason) {
    switch (state) {
      case CONNECTING:
        finishClosed(code, reason == null ? "" : reason);
        return true;
      case OPEN:
        state = State.CLOSING;
        closeSent = true;
        stopKeepAlive();
        Channel ch = channel;
        ch.writeAndFlush(new CloseWebSocketFrame(code, reason), ch.voidPromise());
        arm(config.closeTimeout(), Kind.CLOSE_TIMEOUT, "close");
        return true;
      default:
        return false;
    }
  }

  private void finishClosed(int code, String reason) {
    state = State.CLOSED;
    releaseAll();
    onEnded.run();
    log.debug("{} closed: {} {}", name, code, reason);
    tell("onClosed", l -> l.onClosed(this, code, reason));
  }

  private void releaseAll() {
    cancelTimer();
    stopKeepAlive();
    heldUntilOpen.clear();
    heldBytes = 0;
    Channel ch = channel;
    if (ch != null) {
      ch.close();
    }
  }

  /** Calls the listener for a rare event; a throwing listener is logged, not fatal. */
  private void tell(String callback, Consumer<RealtimeListener> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException e) {
      log.warn("{} listener threw from {}", name, callback, e);
    }
  }

  private void stopKeepAlive() {
    if (keepAlive != null) {
      keepAlive.stop();
    }
  }

  private void arm(Duration timeout, Kind kind, String phase) {
    cancelTimer();
    phaseTimer =
        loop.schedule(
            () -> {
              phaseTimer = null;
              fail(new VoiceLiveException(kind,
                  phase + " timed out after " + timeout.toMillis() + " ms"));
            },
            timeout.toNanos(),
            TimeUnit.NANOSECONDS);
  }

  private void cancelTimer() {
    if (phaseTimer != null) {
      phaseTimer.cancel(false);
      phaseTimer = null;
    }
  }
}
