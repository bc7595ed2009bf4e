package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * The model's audio waiting to be paced out as RTP, one fixed-size payload frame per packet. The
 * call layer offers frames as they come from Voice Live (much faster than realtime), each with an
 * int tag it maps to an item and content part; the {@link RtpSender} takes one per frame period.
 * The queue counts, per tag, frames queued, actually sent and dropped, so a barge-in can report
 * exactly how much of an item the caller heard ({@code audio_end_ms}).
 *
 * <p><b>Memory.</b> Frames live in chunks borrowed from the loop's {@link OutboundFramePool} only
 * while queued: an idle call holds no audio memory (about 1 KB of counters); a call with {@code n}
 * seconds queued holds {@code ceil(n)} chunks of 8 KB at 20 ms G.711. {@code maxFrames} caps one
 * call (default 3000 frames, 60 s); frames offered past the cap, or when the pool is exhausted, are
 * refused and counted as dropped for their tag: the tail of an answer is cut rather than memory
 * growing without bound.
 *
 * <p><b>Barge-in.</b> {@link #flush()} empties the queue at once; the sender's next frame is
 * silence, so RTP of that audio stops within one frame period.
 *
 * <p>Single-threaded: the call's event loop offers, polls and flushes. {@link #close()} returns
 * every chunk.
 */
public final class OutboundAudioQueue {
  /** Returned by {@link #poll} when nothing is queued; never a valid tag. */
  public static final int NO_TAG = Integer.MIN_VALUE;

  /** The default per-call cap: 60 s of 20 ms frames. */
  public static final int DEFAULT_MAX_FRAMES = 3000;

  /**
   * What {@link #flush()} dropped.
   *
   * @param droppedFrames frames that will never be sent
   * @param droppedMillis their duration
   * @param lastSentTag the tag of the last frame sent before the flush, or {@link #NO_TAG}
   * @param lastSentTagMillis how much of that tag was sent, in milliseconds: the {@code
   *     audio_end_ms} of a truncate
   */
  public record Flushed(
      int droppedFrames, long droppedMillis, int lastSentTag, long lastSentTagMillis) {}

  private final OutboundFramePool pool;
  private final int frameBytes;
  private final int framesPerChunk;
  private final int ptimeMs;
  private final int maxFrames;
  private final TagLedger ledger = new TagLedger();
  private OutboundFramePool.Chunk head;
  private OutboundFramePool.Chunk tail;
  private int headIndex; // next frame to send in head
  private int tailCount; // frames written in tail
  private int size;
  private int lastSentTag = NO_TAG;
  private long sentTotal;
  private long droppedTotal;
  private boolean closed;

  /**
   * A queue drawing on {@code pool}.
   *
   * @param pool the call's event loop's pool; its frame size is the queue's
   * @param ptimeMs duration of one frame, for the millisecond figures
   * @param maxFrames most frames queued at once for this call
   */
  public OutboundAudioQueue(OutboundFramePool pool, int ptimeMs, int maxFrames) {
    this.pool = Objects.requireNonNull(pool, "pool");
    if (ptimeMs <= 0 || maxFrames <= 0) {
      throw new IllegalArgumentException("ptime and maxFrames must be positive");
    }
    this.frameBytes = pool.frameBytes();
    this.framesPerChunk = pool.framesPerChunk();
    this.ptimeMs = ptimeMs;
    this.maxFrames = maxFrames;
  }

  /**
   * Queues one frame, copying {@link OutboundFramePool#frameBytes()} octets.
   *
   * @param src holds the frame's payload octets (e.g. G.711)
   * @param offset where the frame starts in {@code src}
   * @param tag the call layer's tag for the audio's item; anything but {@link #NO_TAG}
   * @return {@code false} if the frame was refused (queue full, pool exhausted, or closed) and
   *     counted as dropped
   */
  public boolean offer(byte[] src, int offset, int tag) {
    if (tag == NO_TAG) {
      throw new IllegalArgumentException("NO_TAG is not a tag");
    }
    ledger.queued(tag);
    if (closed || size >= maxFrames || !ensureTailRoom()) {
      ledger.dropped(tag);
      droppedTotal++;
      return false;
    }
    System.arraycopy(src, offset, tail.frames, tailCount * frameBytes, frameBytes);
    tail.tags[tailCount++] = tag;
    size++;
    return true;
  }

  private boolean ensureTailRoom() {
    if (tail != null && tailCount < framesPerChunk) {
      return true;
    }
    OutboundFramePool.Chunk chunk = pool.acquire();
    if (chunk == null) {
      return false;
    }
    if (tail == null) {
      head = chunk;
      headIndex = 0;
    } else {
      tail.next = chunk;
    }
    tail = chunk;
    tailCount = 0;
    return true;
  }

  /**
   * Takes the oldest frame, appending its octets to {@code dst}, and counts it as sent: call it
   * only when the frame goes into an RTP packet.
   *
   * @return the frame's tag, or {@link #NO_TAG} (nothing appended) if the queue is empty
   */
  public int poll(ByteBuf dst) {
    if (size == 0) {
      return NO_TAG;
    }
    dst.writeBytes(head.frames, headIndex * frameBytes, frameBytes);
    int tag = head.tags[headIndex++];
    size--;
    advanceHead();
    ledger.sent(tag);
    lastSentTag = tag;
    sentTotal++;
    return tag;
  }

  /** Returns the head chunk once it has been read to its end. */
  private void advanceHead() {
    if (size == 0) {
      releaseChunks();
    } else if (headIndex == framesPerChunk) {
      OutboundFramePool.Chunk done = head;
      head = done.next;
      headIndex = 0;
      pool.release(done);
    }
  }

  /**
   * Drops every queued frame at once (barge-in).
   *
   * @return what was dropped, and how much of the last tag sent was heard
   */
  public Flushed flush() {
    int dropped = size;
    OutboundFramePool.Chunk chunk = head;
    int index = headIndex;
    for (int i = 0; i < dropped; i++) {
      if (index == framesPerChunk) {
        chunk = chunk.next;
        index = 0;
      }
      ledger.dropped(chunk.tags[index++]);
    }
    droppedTotal += dropped;
    size = 0;
    releaseChunks();
    return new Flushed(dropped, (long) dropped * ptimeMs, lastSentTag, sentMillis(lastSentTag));
  }

  private void releaseChunks() {
    OutboundFramePool.Chunk chunk = head;
    while (chunk != null) {
      OutboundFramePool.Chunk next = chunk.next;
      pool.release(chunk);
      chunk = next;
    }
    head = null;
    tail = null;
    headIndex = 0;
    tailCount = 0;
  }

  /** Drops everything and returns all chunks to the pool; later offers are refused. */
  public void close() {
    if (!closed) {
      flush();
      closed = true;
    }
  }

  /** Frames queued now. */
  public int size() {
    return size;
  }

  /** Milliseconds of audio queued now. */
  public long queuedMillis() {
    return (long) size * ptimeMs;
  }

  /** The tag of the last frame sent, or {@link #NO_TAG}. */
  public int lastSentTag() {
    return lastSentTag;
  }

  /** Frames of {@code tag} sent as RTP, or -1 if the tag is unknown (never seen, or forgotten). */
  public long sentFrames(int tag) {
    int index = ledger.indexOf(tag);
    return index < 0 ? -1 : ledger.sentFrames(index);
  }

  /** Milliseconds of {@code tag} sent as RTP: {@code audio_end_ms}; 0 if unknown. */
  public long sentMillis(int tag) {
    return Math.max(0, sentFrames(tag)) * ptimeMs;
  }

  /** Frames of {@code tag} flushed or refused, or -1 if the tag is unknown. */
  public long droppedFrames(int tag) {
    int index = ledger.indexOf(tag);
    return index < 0 ? -1 : ledger.droppedFrames(index);
  }

  /** Frames of {@code tag} still waiting, or -1 if unknown: 0 once the item has been played. */
  public long pendingFrames(int tag) {
    int index = ledger.indexOf(tag);
    if (index < 0) {
      return -1;
    }
    return ledger.queuedFrames(index) - ledger.sentFrames(index) - ledger.droppedFrames(index);
  }

  /** Frames sent since creation. */
  public long sentCount() {
    return sentTotal;
  }

  /** Frames flushed or refused since creation. */
  public long droppedCount() {
    return droppedTotal;
  }
}
