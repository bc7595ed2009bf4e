package dev.voicebridge.bridge.rtp;

/**
 * Chunks of frame slots shared by the {@link OutboundAudioQueue}s of one event loop, so a call
 * holds memory for the model's audio only while that audio is queued, and steady state allocates
 * nothing: chunks go back to a free list and are handed out again.
 *
 * <p>Sizing: a chunk of 50 frames of 160 octets (one second of 20 ms G.711) is 8 KB of audio plus
 * 200 octets of tags. {@code maxChunks} bounds the loop's total, which is what lets the bridge give
 * each queue a generous cap (a whole answer arrives much faster than realtime) without reserving it
 * per call: 1000 calls x 60 s reserved would be 480 MB; shared, the loop needs only what its calls
 * actually have queued.
 *
 * <p>Single-threaded: only the owning event loop may use a pool; no locks.
 */
public final class OutboundFramePool {
  /** Frames per chunk by default: one second at 20 ms. */
  public static final int DEFAULT_FRAMES_PER_CHUNK = 50;

  private final int frameBytes;
  private final int framesPerChunk;
  private final int maxChunks;
  private final int maxIdleChunks;
  private Chunk idle; // free list
  private int idleCount;
  private int lent;

  /** A run of frame slots with their tags, linked into a queue or the free list. */
  static final class Chunk {
    final byte[] frames;
    final int[] tags;
    Chunk next;

    Chunk(int frameBytes, int framesPerChunk) {
      this.frames = new byte[frameBytes * framesPerChunk];
      this.tags = new int[framesPerChunk];
    }
  }

  /**
   * A pool for frames of one size.
   *
   * @param frameBytes octets per frame (160 for 20 ms of G.711)
   * @param framesPerChunk frames per chunk
   * @param maxChunks chunks this loop may have lent out at once; beyond it queues overflow
   * @param maxIdleChunks chunks kept for reuse once returned; the rest are left to the GC, so a
   *     burst does not pin its peak forever
   */
  public OutboundFramePool(int frameBytes, int framesPerChunk, int maxChunks, int maxIdleChunks) {
    if (frameBytes <= 0 || framesPerChunk <= 0 || maxChunks <= 0 || maxIdleChunks < 0) {
      throw new IllegalArgumentException("pool sizes must be positive");
    }
    this.frameBytes = frameBytes;
    this.framesPerChunk = framesPerChunk;
    this.maxChunks = maxChunks;
    this.maxIdleChunks = maxIdleChunks;
  }

  /** A chunk for exclusive use, or {@code null} if {@code maxChunks} are lent out. */
  Chunk acquire() {
    if (lent >= maxChunks) {
      return null;
    }
    lent++;
    Chunk chunk = idle;
    if (chunk != null) {
      idle = chunk.next;
      idleCount--;
      chunk.next = null;
      return chunk;
    }
    return new Chunk(frameBytes, framesPerChunk);
  }

  /** Takes back a chunk from {@link #acquire()}. */
  void release(Chunk chunk) {
    lent--;
    if (idleCount < maxIdleChunks) {
      chunk.next = idle;
      idle = chunk;
      idleCount++;
    } else {
      chunk.next = null;
    }
  }

  /** Octets per frame. */
  public int frameBytes() {
    return frameBytes;
  }

  /** Frames per chunk. */
  public int framesPerChunk() {
    return framesPerChunk;
  }

  /** Chunks lent to queues now. */
  public int chunksInUse() {
    return lent;
  }

  /** Chunks kept for reuse now. */
  public int chunksIdle() {
    return idleCount;
  }

  /** Octets of audio the pool holds, lent and idle. */
  public long retainedBytes() {
    return (long) (lent + idleCount) * frameBytes * framesPerChunk;
  }
}
