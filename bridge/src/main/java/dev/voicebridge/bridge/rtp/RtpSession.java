package dev.voicebridge.bridge.rtp;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import io.netty.util.concurrent.Ticker;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call's RTP media: the UDP socket on its port, the receiving side (latch, jitter buffer) and
 * the sending side (the model's audio queue, the outgoing stream), served every frame period by the
 * event loop's {@link RtpPacer}. Opened by {@link RtpEngine#open}.
 *
 * <p>Each period the session sends one packet (model audio, else the idle source's frame), then
 * reads what the caller sent since the last period ({@link RtpSocket}: the socket is read on the
 * tick, not on readiness) and hands one inbound frame to the {@link InboundAudioSink}: received,
 * concealed, or silence when the caller sends nothing.
 *
 * <p><b>Threading.</b> A session is confined to the call's event loop ({@link #eventLoop()}): the
 * call layer uses {@link #outbound()}, {@link #setSending}, {@link #resignal} and {@link #stats()}
 * from that loop only (the Voice Live connection of the call lives there too). {@link #close()} and
 * {@link #statsAsync()} may be called from anywhere.
 *
 * <p><b>Ownership.</b> The session owns its socket, port, datagram buffer, queue chunks and pacer
 * registration and releases all of them in {@link #close()}.
 */
public final class RtpSession implements RtpPacer.PacedStream {
  private final EventLoop loop;
  private final Ticker ticker;
  private final RtpSocket socket;
  private final RtpAudioFormat format;
  private final RtpReceiver receiver;
  private final RtpSender sender;
  private final OutboundAudioQueue outbound;
  private final InboundAudioSink sink;
  private final byte[] inboundFrame;
  private final RtpPacer.Registration registration;
  private final Runnable onClosed;
  private final Promise<Void> closeFuture;
  private final AtomicBoolean closing = new AtomicBoolean();
  private boolean sendingEnabled = true;
  private volatile boolean closed;

  /** Builds the session on {@code loop} and starts pacing it. Loop only. */
  RtpSession(
      EventLoop loop,
      RtpSocket socket,
      RtpAudioFormat format,
      RtpReceiver receiver,
      RtpSender sender,
      OutboundAudioQueue outbound,
      RtpPacer pacer,
      InboundAudioSink sink,
      Runnable onClosed) {
    this.loop = loop;
    this.ticker = loop.ticker();
    this.socket = socket;
    this.format = format;
    this.receiver = receiver;
    this.sender = sender;
    this.outbound = outbound;
    this.sink = sink;
    this.inboundFrame = new byte[format.frameBytes()];
    this.onClosed = onClosed;
    this.closeFuture = loop.newPromise();
    this.registration = pacer.register(this);
  }

  @Override
  public void onSendTick() {
    InetSocketAddress remote = receiver.latch().remote();
    // With nowhere to send (no usable SDP address, nothing received yet) the audio waits.
    sender.setSending(sendingEnabled && remote != null);
    if (sender.nextPacket(socket.packetBuffer())) {
      socket.send(remote);
    }
  }

  @Override
  public void onReceiveTick() {
    socket.receive(receiver, ticker.nanoTime());
    Playout playout = receiver.poll(inboundFrame);
    if (playout == Playout.NONE) {
      Arrays.fill(inboundFrame, format.silence());
    }
    sink.onInboundFrame(inboundFrame, playout);
  }

  /** The model's audio to send: offer frames, flush on barge-in, read per-tag sent time. */
  public OutboundAudioQueue outbound() {
    return outbound;
  }

  /**
   * Allows or forbids sending, from the negotiated direction: {@code false} for {@code recvonly}
   * and {@code inactive} (hold). Timestamps keep running; queued audio waits.
   */
  public void setSending(boolean enabled) {
    this.sendingEnabled = enabled;
  }

  /** A re-INVITE moved the remote media: send to {@code remote} until packets arrive again. */
  public void resignal(InetSocketAddress remote) {
    receiver.latch().resignal(remote);
  }

  /** Where packets go now: the latched source, else the SDP address; {@code null} if none. */
  public InetSocketAddress remote() {
    return receiver.latch().remote();
  }

  /** The local RTP port, for the SDP answer. */
  public int localPort() {
    return socket.port();
  }

  /** The outgoing stream's SSRC. */
  public long ssrc() {
    return sender.ssrc();
  }

  /** The event loop the session is confined to. */
  public EventLoop eventLoop() {
    return loop;
  }

  /** A snapshot of the counters. Loop only. */
  public RtpSessionStats stats() {
    JitterBuffer jitter = receiver.jitterBuffer();
    return new RtpSessionStats(
        receiver.packetsIn(),
        receiver.bytesIn(),
        sender.packetsSent(),
        sender.payloadBytesSent(),
        jitter.lostCount(),
        jitter.lateCount(),
        jitter.duplicateCount(),
        jitter.reorderedCount(),
        jitter.concealedCount(),
        jitter.overflowCount(),
        jitter.ssrcChangeCount(),
        jitter.jitterMillis(),
        jitter.depthMillis(),
        receiver.latch().latchCount(),
        receiver.foreign(),
        receiver.unexpectedPayloadType(),
        receiver.invalid(),
        receiver.rtcp(),
        sender.audioFramesSent(),
        sender.talkspurts(),
        outbound.droppedCount(),
        socket.errors());
  }

  /** {@link #stats()} from any thread. */
  public Future<RtpSessionStats> statsAsync() {
    return loop.submit(this::stats);
  }

  /**
   * Ends the media: stops pacing, drops queued audio back to the pool, closes the socket and
   * returns the port. Idempotent; callable from any thread (the work runs on the session's loop).
   *
   * @return {@link #closeFuture()}
   */
  public Future<Void> close() {
    if (closing.compareAndSet(false, true)) {
      if (loop.inEventLoop()) {
        release();
      } else {
        try {
          loop.execute(this::release);
        } catch (RejectedExecutionException e) {
          releaseAfterLoopEnded();
        }
      }
    }
    return closeFuture;
  }

  /** Completes once everything is released: socket closed, port back in the pool. */
  public Future<Void> closeFuture() {
    return closeFuture;
  }

  private void release() {
    registration.cancel();
    outbound.close();
    receiver.jitterBuffer().reset();
    socket.close();
    closed = true;
    onClosed.run();
    closeFuture.setSuccess(null);
  }

  /** The loop is gone, and its pacer and chunk pool with it: only the OS resources remain. */
  private void releaseAfterLoopEnded() {
    socket.close();
    closed = true;
    onClosed.run();
    closeFuture.trySuccess(null);
  }

  /** The socket, for tests that wait until it has something to read. */
  DatagramChannel socketChannel() {
    return socket.channel();
  }

  /** Whether the session has been closed and everything released. */
  public boolean isClosed() {
    return closed;
  }

  @Override
  public String toString() {
    return "RtpSession(port " + socket.port() + ", remote " + remote() + ")";
  }
}
