package dev.voicebridge.protocol.server;

/**
 * A session's spare sample arrays for turns and replies. A turn's audio (about 100 KB for two
 * seconds at 24 kHz) lives from the end of the turn through the response that echoes it and the
 * next one, the last two of which the conversation keeps for truncation: long enough that, as
 * fresh arrays, the young generation copied them several times before promotion. With 1000
 * sessions that copying made G1 pauses of 50 to 200 ms. Reused, each session's few arrays are
 * promoted once and never copied again.
 *
 * <p>At most {@value #SPARE} arrays wait here; a borrow takes the smallest that fits, or allocates
 * one with {@value #HEADROOM_PERCENT} % headroom so slightly longer turns still fit next time.
 * Confined to the session's event loop.
 */
final class SampleArrays {
  static final int SPARE = 3;
  static final int HEADROOM_PERCENT = 25;

  private final short[][] spare = new short[SPARE][];
  private int count;

  /**
   * An array of at least {@code length} samples, reused when one fits. Its contents are
   * undefined.
   */
  short[] borrow(int length) {
    int best = -1;
    for (int i = 0; i < count; i++) {
      if (spare[i].length >= length && (best < 0 || spare[i].length < spare[best].length)) {
        best = i;
      }
    }
    if (best < 0) {
      return new short[length + (int) ((long) length * HEADROOM_PERCENT / 100)];
    }
    short[] array = spare[best];
    spare[best] = spare[--count];
    spare[count] = null;
    return array;
  }

  /**
   * Takes an array back for reuse; nothing may use it afterwards. When the spares are full the
   * smallest one is dropped, so the kept ones follow the sizes the session needs.
   */
  void giveBack(short[] array) {
    if (count < SPARE) {
      spare[count++] = array;
      return;
    }
    int smallest = 0;
    for (int i = 1; i < count; i++) {
      if (spare[i].length < spare[smallest].length) {
        smallest = i;
      }
    }
    if (spare[smallest].length < array.length) {
      spare[smallest] = array;
    }
  }

  /** How many arrays wait for reuse. */
  int spareCount() {
    return count;
  }
}
