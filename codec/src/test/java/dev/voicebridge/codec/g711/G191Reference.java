package dev.voicebridge.codec.g711;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A line-by-line transcription of the four functions of ITU-T G.191 {@code g711.c} (STL 2009,
 * version 3.01), one sample at a time: {@code ulaw_compress}, {@code ulaw_expand}, {@code
 * alaw_compress}, {@code alaw_expand}. It stays deliberately close to the C so that it can be
 * checked against the standard by eye, and it is the authoritative oracle for encoding.
 *
 * <p>Run as a single-file program it encodes a raw 16-bit little-endian file with one law; this is
 * how the encoded golden sweep files were made (see the README next to them). It therefore uses
 * nothing outside this file:
 *
 * <pre>
 * java codec/src/test/java/dev/voicebridge/codec/g711/G191Reference.java ulaw in.s16le out.ulaw
 * </pre>
 */
final class G191Reference {

  private G191Reference() {}

  /** {@code ulaw_compress}: 14 most significant bits in, one μ-law code out. */
  static int linearToUlaw(short linear) {
    // One's complement for negative samples; 33 is the offset between A-law and μ-law thresholds.
    int absno = linear < 0 ? ((~linear) >> 2) + 33 : (linear >> 2) + 33;
    if (absno > 0x1FFF) {
      absno = 0x1FFF;
    }
    int i = absno >> 6;
    int segno = 1;
    while (i != 0) {
      segno++;
      i >>= 1;
    }
    int highNibble = 0x0008 - segno;
    int lowNibble = 0x000F - ((absno >> segno) & 0x000F);
    int log = (highNibble << 4) | lowNibble;
    if (linear >= 0) {
      log |= 0x0080;
    }
    return log;
  }

  /** {@code ulaw_expand}: one μ-law code in, a 14-bit value left-justified in 16 bits out. */
  static short ulawToLinear(int log) {
    int sign = log < 0x0080 ? -1 : 1;
    int mantissa = ~log;
    int exponent = (mantissa >> 4) & 0x0007;
    int segment = exponent + 1;
    mantissa &= 0x000F;
    int step = 4 << segment;
    return (short) (sign * ((0x0080 << exponent) + step * mantissa + step / 2 - 4 * 33));
  }

  /** {@code alaw_compress}: 12 most significant bits plus sign in, one A-law code out. */
  static int linearToAlaw(short linear) {
    int ix = linear < 0 ? (~linear) >> 4 : linear >> 4;
    if (ix > 15) {
      int iexp = 1;
      while (ix > 16 + 15) {
        ix >>= 1;
        iexp++;
      }
      ix -= 16;
      ix += iexp << 4;
    }
    if (linear >= 0) {
      ix |= 0x0080;
    }
    return ix ^ 0x0055;
  }

  /** {@code alaw_expand}: one A-law code in, a 13-bit value left-justified in 16 bits out. */
  static short alawToLinear(int log) {
    int ix = (log ^ 0x0055) & 0x007F;
    int iexp = ix >> 4;
    int mant = ix & 0x000F;
    if (iexp > 0) {
      mant += 16;
    }
    mant = (mant << 4) + 0x0008;
    if (iexp > 1) {
      mant <<= iexp - 1;
    }
    return (short) (log > 127 ? mant : -mant);
  }

  /**
   * Encodes a raw 16-bit little-endian file.
   *
   * @param args {@code ulaw|alaw}, the input path and the output path
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: G191Reference ulaw|alaw in.s16le out");
      System.exit(2);
    }
    boolean ulaw = args[0].equals("ulaw");
    byte[] pcm = Files.readAllBytes(Path.of(args[1]));
    byte[] codes = new byte[pcm.length / 2];
    for (int i = 0; i < codes.length; i++) {
      short linear = (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8));
      codes[i] = (byte) (ulaw ? linearToUlaw(linear) : linearToAlaw(linear));
    }
    Files.write(Path.of(args[2]), codes);
  }
}
