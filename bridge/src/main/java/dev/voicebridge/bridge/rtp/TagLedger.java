package dev.voicebridge.bridge.rtp;

import java.util.Arrays;

/**
 * Per-tag frame counts of an {@link OutboundAudioQueue}: queued, sent and dropped, for the most
 * recent {@link #CAPACITY} tags (a tag is one Voice Live content part, so only a few are ever live
 * at once; an older tag's counts are forgotten). Fixed arrays, no allocation. Single-threaded.
 */
final class TagLedger {
  static final int CAPACITY = 32;

  private final int[] tags = new int[CAPACITY];
  private final long[] queued = new long[CAPACITY];
  private final long[] sent = new long[CAPACITY];
  private final long[] dropped = new long[CAPACITY];
  private int size;
  private int newest = -1;

  /** The record of {@code tag}, or -1 if it was never seen or has been forgotten. */
  int indexOf(int tag) {
    for (int i = 0, index = newest; i < size; i++) {
      if (tags[index] == tag) {
        return index;
      }
      index = index == 0 ? CAPACITY - 1 : index - 1;
    }
    return -1;
  }

  private int indexFor(int tag) {
    if (newest >= 0 && tags[newest] == tag) {
      return newest; // the common case: frames of one tag in a row
    }
    int index = indexOf(tag);
    if (index >= 0) {
      return index;
    }
    newest = (newest + 1) % CAPACITY;
    size = Math.min(size + 1, CAPACITY);
    tags[newest] = tag;
    queued[newest] = 0;
    sent[newest] = 0;
    dropped[newest] = 0;
    return newest;
  }

  void queued(int tag) {
    queued[indexFor(tag)]++;
  }

  void sent(int tag) {
    sent[indexFor(tag)]++;
  }

  void dropped(int tag) {
    dropped[indexFor(tag)]++;
  }

  long queuedFrames(int index) {
    return queued[index];
  }

  long sentFrames(int index) {
    return sent[index];
  }

  long droppedFrames(int index) {
    return dropped[index];
  }

  @Override
  public String toString() {
    return "TagLedger" + Arrays.toString(Arrays.copyOf(tags, size));
  }
}
