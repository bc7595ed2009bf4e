package dev.voicebridge.codec.g711;

import java.util.function.IntUnaryOperator;

/**
 * Builds the G.711 lookup tables once, from the segment structure of G.711 Tables 1a (A-law) and 2a
 * (μ-law) rather than from the G.191 code, so that the G.191 transcription in the tests stays an
 * independent check.
 *
 * <p>Every code stands for a decision interval of sample magnitudes, centred on the value the code
 * decodes to and as wide as one quantization step of its segment. The encoder tables are filled
 * interval by interval; magnitudes above the top interval clip to the largest code.
 */
final class G711Tables {

  private static final int TABLE_SIZE = 1 << 16;

  private G711Tables() {}

  /** Returns the 16-bit linear value of every μ-law code, indexed by the unsigned code. */
  static short[] ulawDecodeTable() {
    short[] table = new short[256];
    for (int code = 0; code < 256; code++) {
      // μ-law sends every bit inverted, so that a silent line carries mostly ones.
      int bits = ~code & 0xFF;
      int exponent = (bits >> 4) & 0x7;
      int mantissa = bits & 0xF;
      // Table 2a in 14-bit units is ((2m + 33) << e) - 33: the bias of 33 makes each segment's
      // step double the previous one while segment 0 still starts at zero.
      int magnitude = (((2 * mantissa + 33) << exponent) - 33) << 2;
      table[code] = (short) ((bits & 0x80) != 0 ? -magnitude : magnitude);
    }
    return table;
  }

  /** Returns the 16-bit linear value of every A-law code, indexed by the unsigned code. */
  static short[] alawDecodeTable() {
    short[] table = new short[256];
    for (int code = 0; code < 256; code++) {
      // A-law inverts the even bits; the sign bit (bit 7, set for positive) is left alone.
      int bits = code ^ 0x55;
      int exponent = (bits >> 4) & 0x7;
      int mantissa = bits & 0xF;
      // Table 1a in 13-bit units: segments 0 and 1 share the smallest step of 2.
      int magnitude =
          (exponent == 0 ? 2 * mantissa + 1 : (2 * mantissa + 33) << (exponent - 1)) << 3;
      table[code] = (short) ((bits & 0x80) != 0 ? magnitude : -magnitude);
    }
    return table;
  }

  /**
   * Returns the μ-law code of every 16-bit sample, indexed by the sample as an unsigned 16-bit
   * value.
   */
  static byte[] ulawEncodeTable() {
    // A μ-law step in 16-bit units is 8 in segment 0 and doubles with each segment.
    return encodeTable(ulawDecodeTable(), code -> 8 << ((~code >> 4) & 0x7));
  }

  /**
   * Returns the A-law code of every 16-bit sample, indexed by the sample as an unsigned 16-bit
   * value.
   */
  static byte[] alawEncodeTable() {
    return encodeTable(
        alawDecodeTable(),
        code -> {
          int exponent = ((code ^ 0x55) >> 4) & 0x7;
          return exponent == 0 ? 16 : 16 << (exponent - 1);
        });
  }

  private static byte[] encodeTable(short[] decodeTable, IntUnaryOperator stepOfCode) {
    byte[] table = new byte[TABLE_SIZE];
    // Samples beyond the top decision interval clip: start from the extreme codes everywhere and
    // let the interval fill below overwrite all but the clipped ends.
    int loudestPositive = 0;
    int loudestNegative = 0;
    for (int code = 0; code < 256; code++) {
      if (decodeTable[code] > decodeTable[loudestPositive]) {
        loudestPositive = code;
      }
      if (decodeTable[code] < decodeTable[loudestNegative]) {
        loudestNegative = code;
      }
    }
    for (int sample = 0; sample < TABLE_SIZE; sample++) {
      table[sample] = (byte) ((short) sample >= 0 ? loudestPositive : loudestNegative);
    }
    for (int code = 0; code < 256; code++) {
      int centre = Math.abs(decodeTable[code]);
      int halfStep = stepOfCode.applyAsInt(code) / 2;
      int low = Math.max(0, centre - halfStep);
      int high = Math.min(Short.MAX_VALUE, centre + halfStep - 1);
      // Both laws set bit 7 for positive codes; μ-law's two zero codes differ only there.
      boolean positive = (code & 0x80) != 0;
      for (int magnitude = low; magnitude <= high; magnitude++) {
        // G.191 measures a negative sample by its one's complement, so -1 has magnitude 0.
        int sample = positive ? magnitude : ~magnitude;
        table[sample & 0xFFFF] = (byte) code;
      }
    }
    return table;
  }
}
