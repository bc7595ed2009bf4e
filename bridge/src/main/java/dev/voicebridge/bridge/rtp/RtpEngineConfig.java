package dev.voicebridge.bridge.rtp;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Process-wide RTP settings of the bridge.
 *
 * @param bindAddress the local address RTP sockets bind to (default: all interfaces)
 * @param minPort lowest RTP port (default 10000)
 * @param maxPort highest port, RTCP included (default 20000)
 * @param maxBindAttempts ports tried per call before answering 503 (default 8)
 * @param jitterBuffer the inbound jitter buffer's tuning
 * @param pacer the frame clock's tuning
 * @param relatchPackets consecutive packets from a new source that move the latch (default 5)
 * @param maxQueuedFrames model audio frames one call may queue (default 3000, 60 s at 20 ms)
 * @param framesPerChunk frames per pooled chunk of model audio (default 50, 1 s at 20 ms)
 * @param maxChunksPerLoop chunks one event loop may lend out (default 8192: 64 MB of 20 ms G.711)
 * @param maxIdleChunksPerLoop chunks one loop keeps for reuse (default 512: 4 MB)
 */
public record RtpEngineConfig(
    InetAddress bindAddress,
    int minPort,
    int maxPort,
    int maxBindAttempts,
    JitterBufferConfig jitterBuffer,
    RtpPacerConfig pacer,
    int relatchPackets,
    int maxQueuedFrames,
    int framesPerChunk,
    int maxChunksPerLoop,
    int maxIdleChunksPerLoop) {

  /** Checks the references; the numbers are checked by the classes that use them. */
  public RtpEngineConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(jitterBuffer, "jitterBuffer");
    Objects.requireNonNull(pacer, "pacer");
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Builds an {@link RtpEngineConfig}. */
  public static final class Builder {
    private InetAddress bindAddress;
    private int minPort = RtpPortPool.DEFAULT_MIN_PORT;
    private int maxPort = RtpPortPool.DEFAULT_MAX_PORT;
    private int maxBindAttempts = RtpPortPool.DEFAULT_MAX_BIND_ATTEMPTS;
    private JitterBufferConfig jitterBuffer = JitterBufferConfig.DEFAULT;
    private RtpPacerConfig pacer = RtpPacerConfig.DEFAULT;
    private int relatchPackets = SymmetricRtpLatch.DEFAULT_RELATCH_PACKETS;
    private int maxQueuedFrames = OutboundAudioQueue.DEFAULT_MAX_FRAMES;
    private int framesPerChunk = OutboundFramePool.DEFAULT_FRAMES_PER_CHUNK;
    private int maxChunksPerLoop = 8192;
    private int maxIdleChunksPerLoop = 512;

    private Builder() {}

    /** Sets the local address to bind. */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = address;
      return this;
    }

    /** Sets the port range. */
    public Builder ports(int min, int max) {
      this.minPort = min;
      this.maxPort = max;
      return this;
    }

    /** Sets the ports tried per call. */
    public Builder maxBindAttempts(int attempts) {
      this.maxBindAttempts = attempts;
      return this;
    }

    /** Sets the jitter buffer tuning. */
    public Builder jitterBuffer(JitterBufferConfig config) {
      this.jitterBuffer = config;
      return this;
    }

    /** Sets the pacer tuning. */
    public Builder pacer(RtpPacerConfig config) {
      this.pacer = config;
      return this;
    }

    /** Sets the packets that move the symmetric RTP latch. */
    public Builder relatchPackets(int packets) {
      this.relatchPackets = packets;
      return this;
    }

    /** Sets the per-call cap of queued model audio, in frames. */
    public Builder maxQueuedFrames(int frames) {
      this.maxQueuedFrames = frames;
      return this;
    }

    /** Sets the pooled chunks' size and the per-loop limits. */
    public Builder chunks(int framesPerChunk, int maxPerLoop, int maxIdlePerLoop) {
      this.framesPerChunk = framesPerChunk;
      this.maxChunksPerLoop = maxPerLoop;
      this.maxIdleChunksPerLoop = maxIdlePerLoop;
      return this;
    }

    /** Builds the config; the bind address defaults to the wildcard address. */
    public RtpEngineConfig build() {
      InetAddress address = bindAddress;
      if (address == null) {
        address = new java.net.InetSocketAddress(0).getAddress();
      }
      return new RtpEngineConfig(
          address,
          minPort,
          maxPort,
          maxBindAttempts,
          jitterBuffer,
          pacer,
          relatchPackets,
          maxQueuedFrames,
          framesPerChunk,
          maxChunksPerLoop,
          maxIdleChunksPerLoop);
    }
  }
}
