package dev.voicebridge.protocol.server;

import java.util.Arrays;

/**
 * The session's uncommitted input audio as PCM16 samples, addressed by absolute sample position
 * (samples since the stream's origin), so VAD positions index it directly.
 *
 * <p>Holds positions {@code [start(), end())}. It grows by doubling and compacts when the front is
 * dropped, so steady appending does not allocate once warm.
 */
final class InputAudioBuffer {
  private short[] samples = new short[4800];
  private int length;
  private long start;

  /** First buffered position. */
  long start() {
    return start;
  }

  /** Position after the last buffered sample. */
  long end() {
    return start + length;
  }

  boolean isEmpty() {
    return length == 0;
  }

  /** Appends samples at {@link #end()}. */
  void append(short[] pcm, int offset, int count) {
    if (length + count > samples.length) {
      samples = Arrays.copyOf(samples, Math.max(length + count, samples.length * 2));
    }
    System.arraycopy(pcm, offset, samples, length, count);
    length += count;
  }

  /**
   * Copies positions {@code [from, to)} (clipped to what is buffered) into an array borrowed from
   * {@code arrays} and drops everything before {@code to}: a commit hands its audio over, and later
   * audio stays for the next turn.
   */
  AudioClip take(long from, long to, SampleArrays arrays) {
    long lo = Math.max(from, start);
    long hi = Math.min(to, end());
    int count = (int) Math.max(0, hi - lo);
    short[] out = arrays.borrow(count);
    if (count > 0) {
      System.arraycopy(samples, (int) (lo - start), out, 0, count);
    }
    dropBefore(to);
    return new AudioClip(out, count);
  }

  /** Drops buffered samples before a position. */
  void dropBefore(long position) {
    if (position <= start) {
      return;
    }
    int drop = (int) Math.min(length, position - start);
    System.arraycopy(samples, drop, samples, 0, length - drop);
    length -= drop;
    start += drop;
  }

  /** Drops everything buffered; the next append continues at the same position. */
  void clear() {
    start += length;
    length = 0;
  }

  /** Restarts addressing at a new origin (after an input format change). */
  void reset(long origin) {
    start = origin;
    length = 0;
  }
}
