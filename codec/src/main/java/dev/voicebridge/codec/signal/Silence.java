package dev.voicebridge.codec.signal;

import dev.voicebridge.codec.g711.G711Law;
import java.util.Arrays;
import java.util.Objects;

/** Fills buffers with digital silence, linear or G.711. */
public final class Silence {

  private Silence() {}

  /**
   * Fills a range of linear samples with zeros.
   *
   * @param dst the samples
   * @param off the index of the first sample to clear
   * @param len the number of samples to clear
   * @throws IndexOutOfBoundsException if the range does not fit the array
   */
  public static void fill(short[] dst, int off, int len) {
    Objects.checkFromIndexSize(off, len, dst.length);
    Arrays.fill(dst, off, off + len, (short) 0);
  }

  /**
   * Fills a range of G.711 codes with the law's silence code ({@link G711Law#silenceByte()}).
   *
   * @param law the law of the codes
   * @param dst the codes
   * @param off the index of the first code to write
   * @param len the number of codes to write
   * @throws IndexOutOfBoundsException if the range does not fit the array
   */
  public static void fill(G711Law law, byte[] dst, int off, int len) {
    Objects.checkFromIndexSize(off, len, dst.length);
    Arrays.fill(dst, off, off + len, law.silenceByte());
  }
}
