package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * One call's RTP media: the UDP channel on its port, the receiving side (latch, jitter buffer) and
 * the sending side (the model's audio queue, the outgoing stream), served every frame period by the
 * event loop's {@link RtpPacer}. Opened by {@link RtpEngine#open}.
 *
 * <p>Each period the session sends one packet (model audio, else the idle source's frame) and hands
 * one inbound frame to the {@link InboundAudioSink}: received, concealed, or silence when the
 * caller sends nothing.
 *
 * <p><b>Threading.</b> A session is confined to the call's event loop ({@link #eventLoop()}): the
 * call layer uses {@link #outbound()}, {@link #setSending}, {@link #resignal} and {@link #stats()}
 * from that loop only (the Voice Live connection of the call lives there too). {@link #close()} and
 * {@link #statsAsync()} may be called from anywhere.
 *
 * <p><b>Ownership.</b> The session owns its channel, port, queue chunks and pacer registration and
 * releases all of them in {@link #close()}, which also runs if the channel closes by itself.
 */
public final class RtpSession implements RtpPacer.PacedStream {
  private final RtpPortLease lease;
  private final Channel channel;
  private final RtpAudioFormat format;
  private final RtpReceiver receiver;
  private final RtpSender sender;
  private final OutboundAudioQueue outbound;
  private final InboundAudioSink sink;
  private final byte[] inboundFrame;
  private final RtpPacer.Registration registration;
  private final Runnable onClosed;
  private final Promise<Void> closeFuture;
  private boolean sendingEnabled = true;
  private boolean closed;

  /** Builds the session on the loop of {@code lease}'s channel and starts pacing it. */
  RtpSession(
      RtpPortLease lease,
      RtpAudioFormat format,
      RtpReceiver receiver,
      RtpSender sender,
      OutboundAudioQueue outbound,
      RtpPacer pacer,
      InboundAudioSink sink,
      Runnable onClosed) {
    this.lease = lease;
    this.channel = lease.channel();
    this.format = format;
    this.receiver = receiver;
    this.sender = sender;
    this.outbound = outbound;
    this.sink = sink;
    this.inboundFrame = new byte[format.frameBytes()];
    this.onClosed = onClosed;
    this.closeFuture = channel.eventLoop().newPromise();
    this.registration = pacer.register(this);
    // Runs after the lease's own listener has returned the port.
    channel.closeFuture().addListener(f -> release());
  }

  @Override
  public void onSendTick() {
    InetSocketAddress remote = receiver.latch().remote();
    // With nowhere to send (no usable SDP address, nothing received yet) the audio waits.
    sender.setSending(sendingEnabled && remote != null);
    ByteBuf packet = sender.nextPacket(channel.alloc());
    if (packet != null) {
      // The DatagramPacket envelope is the one object per packet Netty's datagram API needs.
      channel.writeAndFlush(new DatagramPacket(packet, remote), channel.voidPromise());
    }
  }

  @Override
  public void onReceiveTick() {
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
    return lease.port();
  }

  /** The outgoing stream's SSRC. */
  public long ssrc() {
    return sender.ssrc();
  }

  /** The event loop the session is confined to. */
  public EventLoop eventLoop() {
    return channel.eventLoop();
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
        outbound.droppedCount());
  }

  /** {@link #stats()} from any thread. */
  public Future<RtpSessionStats> statsAsync() {
    return channel.eventLoop().submit(this::stats);
  }

  /**
   * Ends the media: stops pacing, drops queued audio back to the pool, closes the channel; the port
   * returns to the pool once the channel has closed. Idempotent; callable from any thread.
   *
   * @return {@link #closeFuture()}
   */
  public Future<Void> close() {
    lease.close(); // the channel's close future then releases the rest on the loop
    return closeFuture;
  }

  /** Completes once everything is released: channel closed, port back in the pool. */
  public Future<Void> closeFuture() {
    return closeFuture;
  }

  private void release() {
    if (closed) {
      return;
    }
    closed = true;
    registration.cancel();
    outbound.close();
    receiver.jitterBuffer().reset();
    onClosed.run();
    closeFuture.setSuccess(null);
  }

  /** Whether the session has been closed. */
  public boolean isClosed() {
    return closed;
  }

  @Override
  public String toString() {
    return "RtpSession(port " + lease.port() + ", remote " + remote() + ")";
  }
}
