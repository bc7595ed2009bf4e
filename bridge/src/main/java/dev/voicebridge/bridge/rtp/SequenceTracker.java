package dev.voicebridge.bridge.rtp;

/**
 * Extends 16-bit RTP sequence numbers across wraps and classifies each packet as in order,
 * reordered or duplicate, following RFC 3550 appendix A.1: a jump larger than {@link #MAX_DROPOUT}
 * forward or {@link #MAX_MISORDER} back is believed only when the next packet confirms it (the
 * sender restarted its numbering); until then the packet is reported as {@link Order#JUMP}. Counts
 * received and expected packets for the cumulative loss of A.3. Single-threaded, no allocation.
 */
final class SequenceTracker {
  /** How a packet's sequence number relates to those seen before. */
  enum Order {
    /** Newer than every packet so far (possibly after a gap). */
    IN_ORDER,
    /** Older than the newest packet, not seen before. */
    REORDERED,
    /** Seen before (within the last 64 sequence numbers). */
    DUPLICATE,
    /** A very large jump, not yet confirmed by a following packet; should be dropped. */
    JUMP
  }

  static final int MAX_DROPOUT = 3000;
  static final int MAX_MISORDER = 100;
  private static final int WINDOW = 64;

  private boolean started;
  private long highest; // extended sequence number of the newest packet
  private long base; // extended sequence number of the first packet since the last restart
  private long seenWindow; // bit i: highest - i was received
  private int badSeq = -1; // A.1: the sequence number that would confirm a jump
  private long receivedSinceBase;
  private long expectedBefore; // folded in at each restart
  private long receivedBefore;
  private long reordered;
  private long duplicates;

  /** Classifies and counts one packet's sequence number (0-65535). */
  Order accept(int seq) {
    if (!started) {
      restartAt(seq);
      return Order.IN_ORDER;
    }
    int delta = (short) (seq - (int) highest);
    if (delta > 0 && delta < MAX_DROPOUT) {
      seenWindow = delta >= WINDOW ? 1 : (seenWindow << delta) | 1;
      highest += delta;
      receivedSinceBase++;
      badSeq = -1;
      return Order.IN_ORDER;
    }
    if (delta <= 0 && delta >= -MAX_MISORDER) {
      int back = -delta;
      if (back < WINDOW) {
        long bit = 1L << back;
        if ((seenWindow & bit) != 0) {
          duplicates++;
          return Order.DUPLICATE;
        }
        seenWindow |= bit;
      }
      receivedSinceBase++;
      reordered++;
      return Order.REORDERED;
    }
    if (seq == badSeq) {
      restartAt(seq);
      return Order.IN_ORDER;
    }
    badSeq = (seq + 1) & 0xFFFF;
    return Order.JUMP;
  }

  /** Starts counting afresh at {@code seq}, keeping the totals (a restart or a new SSRC). */
  void restartAt(int seq) {
    if (started) {
      expectedBefore += expectedSinceBase();
      receivedBefore += receivedSinceBase;
    }
    started = true;
    // Extended numbers start one cycle up so a reordered packet right after cannot go negative.
    highest = (1L << 16) + seq;
    base = highest;
    seenWindow = 1;
    badSeq = -1;
    receivedSinceBase = 1;
  }

  private long expectedSinceBase() {
    return highest - base + 1;
  }

  /** The newest extended sequence number (cycles in the upper bits, RFC 3550 §6.4.1). */
  long highestExtended() {
    return highest;
  }

  /** Packets received, duplicates excluded. */
  long received() {
    return receivedBefore + (started ? receivedSinceBase : 0);
  }

  /** Packets expected from the sequence numbers (A.3). */
  long expected() {
    return expectedBefore + (started ? expectedSinceBase() : 0);
  }

  /** Packets lost: expected less received, never negative. */
  long lost() {
    return Math.max(0, expected() - received());
  }

  long reordered() {
    return reordered;
  }

  long duplicates() {
    return duplicates;
  }
}
