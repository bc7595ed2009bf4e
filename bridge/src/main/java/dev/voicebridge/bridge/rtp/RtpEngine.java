package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * The bridge's RTP: the port pool, and per event loop the frame clock ({@link RtpPacer}) and the
 * pool of model-audio chunks ({@link OutboundFramePool}). The call layer opens one {@link
 * RtpSession} per call with {@link #open} and closes it when the call ends.
 *
 * <p>Thread-safe: {@link #open} may be called from any thread; each session then lives on the event
 * loop it was opened on.
 *
 * <pre>{@code
 * RtpEngine rtp = new RtpEngine(config);
 * rtp.open(callLoop, RtpAudioFormat.PCMU, sdpRemote, (frame, playout) -> upstream(frame))
 *     .addListener((Future<RtpSession> f) -> {
 *       if (!f.isSuccess()) { answer(503); return; }   // RtpPortsExhaustedException
 *       RtpSession media = f.getNow();                  // answer with media.localPort()
 *       // on callLoop: media.outbound().offer(g711Frame, 0, tag) as model audio arrives;
 *       // on barge-in: media.outbound().flush(), then truncate the item playing at
 *       //   media.outbound().sentMillis(itsTag) (its audio_end_ms)
 *     });
 * // at call end, from anywhere: media.close()
 * }</pre>
 */
public final class RtpEngine {
  private final RtpEngineConfig config;
  private final RtpPortPool ports;
  private final RandomGenerator random;
  private final ConcurrentHashMap<LoopKey, LoopMedia> loops = new ConcurrentHashMap<>();
  private final AtomicInteger openSessions = new AtomicInteger();

  private record LoopKey(EventLoop loop, int ptimeMs, int frameBytes) {}

  private record LoopMedia(RtpPacer pacer, OutboundFramePool frames) {}

  /**
   * An engine binding its sockets as {@code config} says.
   *
   * @param config ports, tuning and limits
   */
  public RtpEngine(RtpEngineConfig config) {
    this(config, new SecureRandom());
  }

  RtpEngine(RtpEngineConfig config, RandomGenerator random) {
    this.config = Objects.requireNonNull(config, "config");
    this.ports = new RtpPortPool(config.minPort(), config.maxPort(), config.maxBindAttempts());
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * See {@link #open(EventLoop, RtpAudioFormat, InetSocketAddress, InboundAudioSink,
   * IdleAudioSource)}; idle frames are silence.
   */
  public Future<RtpSession> open(
      EventLoop loop, RtpAudioFormat format, InetSocketAddress remote, InboundAudioSink sink) {
    return open(loop, format, remote, sink, IdleAudioSource.silence(format.silence()));
  }

  /**
   * Opens a call's media: takes a port, binds it on {@code loop}, and starts pacing. Never blocks.
   *
   * @param loop the event loop the call is pinned to
   * @param format the negotiated payload type, ptime and silence octet
   * @param remote the connection address and port of the remote SDP, or {@code null}
   * @param sink receives the caller's audio every frame period, on {@code loop}
   * @param idle what to send while no model audio is queued
   * @return completes with the session on {@code loop}, or fails with {@link
   *     RtpPortsExhaustedException} (answer 503)
   */
  public Future<RtpSession> open(
      EventLoop loop,
      RtpAudioFormat format,
      InetSocketAddress remote,
      InboundAudioSink sink,
      IdleAudioSource idle) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(idle, "idle");
    LoopMedia media = mediaFor(loop, format);
    Promise<RtpSession> promise = loop.newPromise();
    if (loop.inEventLoop()) {
      openOnLoop(loop, format, remote, sink, idle, media, promise);
    } else {
      try {
        loop.execute(() -> openOnLoop(loop, format, remote, sink, idle, media, promise));
      } catch (RejectedExecutionException e) {
        return loop.newFailedFuture(e); // the bridge is shutting down
      }
    }
    return promise;
  }

  private void openOnLoop(
      EventLoop loop,
      RtpAudioFormat format,
      InetSocketAddress remote,
      InboundAudioSink sink,
      IdleAudioSource idle,
      LoopMedia media,
      Promise<RtpSession> promise) {
    RtpPortLease lease;
    try {
      lease = ports.bind(config.bindAddress());
    } catch (RtpPortsExhaustedException e) {
      promise.tryFailure(e);
      return;
    }
    RtpReceiver receiver =
        new RtpReceiver(
            format,
            new JitterBuffer(format, config.jitterBuffer()),
            new SymmetricRtpLatch(remote, config.relatchPackets()),
            RtcpReceiver.DISCARD);
    OutboundAudioQueue queue =
        new OutboundAudioQueue(media.frames(), format.ptimeMs(), config.maxQueuedFrames());
    RtpSender sender = new RtpSender(format, queue, idle, random);
    RtpSocket socket = new RtpSocket(lease, ByteBufAllocator.DEFAULT);
    openSessions.incrementAndGet();
    RtpSession session =
        new RtpSession(
            loop,
            socket,
            format,
            receiver,
            sender,
            queue,
            media.pacer(),
            sink,
            openSessions::decrementAndGet);
    if (!promise.trySuccess(session)) {
      session.close(); // the caller gave up meanwhile
    }
  }

  private LoopMedia mediaFor(EventLoop loop, RtpAudioFormat format) {
    LoopKey key =
        new LoopKey(Objects.requireNonNull(loop, "loop"), format.ptimeMs(), format.frameBytes());
    return loops.computeIfAbsent(
        key,
        k -> {
          RtpPacerConfig pacer = config.pacer();
          return new LoopMedia(
              new RtpPacer(
                  loop,
                  new RtpPacerConfig(k.ptimeMs(), pacer.maxFramesPerTick(), pacer.maxLagTicks())),
              new OutboundFramePool(
                  k.frameBytes(),
                  config.framesPerChunk(),
                  config.maxChunksPerLoop(),
                  config.maxIdleChunksPerLoop()));
        });
  }

  /** The port pool: {@link RtpPortPool#inUseCount()} is 0 when no call is up. */
  public RtpPortPool ports() {
    return ports;
  }

  /** Sessions open now. */
  public int openSessionCount() {
    return openSessions.get();
  }

  /**
   * Whether any loop's pacer is overloaded ({@link RtpPacer#isOverloaded}): its calls are already
   * losing frames, so a new call should be refused rather than make it worse. Safe from any
   * thread; never blocks.
   */
  public boolean isOverloaded() {
    for (LoopMedia media : loops.values()) {
      if (media.pacer().isOverloaded()) {
        return true;
      }
    }
    return false;
  }

  /** The pacers created so far, one per event loop and ptime; read their stats on their loop. */
  public List<RtpPacer> pacers() {
    List<RtpPacer> pacers = new ArrayList<>();
    loops.values().forEach(media -> pacers.add(media.pacer()));
    return pacers;
  }
}
