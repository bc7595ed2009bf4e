package dev.voicebridge.codec.g711;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks structural properties of the tables that {@link G711Tables} builds: properties any G.711
 * quantizer has, stated without reference to a particular implementation.
 */
class G711TablesTest {

  @Test
  void decodeTablesAreSymmetricInSign() {
    for (short[] table :
        new short[][] {G711Tables.ulawDecodeTable(), G711Tables.alawDecodeTable()}) {
      for (int code = 0; code < 128; code++) {
        assertThat(table[code]).as("code %02X", code).isEqualTo((short) -table[code | 0x80]);
      }
    }
  }

  @Test
  void encodingIsMonotonicOverTheWholeSampleRange() {
    assertMonotonic(G711Tables.ulawEncodeTable(), G711Tables.ulawDecodeTable());
    assertMonotonic(G711Tables.alawEncodeTable(), G711Tables.alawDecodeTable());
  }

  @Test
  void encodingUsesEveryCode() {
    for (byte[] table : new byte[][] {G711Tables.ulawEncodeTable(), G711Tables.alawEncodeTable()}) {
      BitSet used = new BitSet(256);
      for (byte code : table) {
        used.set(code & 0xFF);
      }
      assertThat(used.cardinality()).isEqualTo(256);
    }
  }

  @Test
  void quantizationErrorStaysWithinAFixedFractionOfTheSample() {
    // Outside the clipped ends the error is at most half the local step. G.711 steps are about
    // 1/16 of the level they sit at; a sample just below a segment boundary can be quantized up
    // into the next segment, so 1/16 of the sample plus the smallest half step bounds the error.
    for (boolean ulaw : new boolean[] {true, false}) {
      byte[] encode = ulaw ? G711Tables.ulawEncodeTable() : G711Tables.alawEncodeTable();
      short[] decode = ulaw ? G711Tables.ulawDecodeTable() : G711Tables.alawDecodeTable();
      int smallestHalfStep = ulaw ? 4 : 8;
      List<Integer> tooFar = new ArrayList<>();
      for (int sample = -32635; sample <= 32635; sample++) {
        int error = Math.abs(decode[encode[sample & 0xFFFF] & 0xFF] - sample);
        if (error > Math.abs(sample) / 16 + smallestHalfStep) {
          tooFar.add(sample);
        }
      }
      assertThat(tooFar).as(ulaw ? "mu-law" : "A-law").isEmpty();
    }
  }

  private static void assertMonotonic(byte[] encode, short[] decode) {
    List<Integer> decreasing = new ArrayList<>();
    int previous = Integer.MIN_VALUE;
    for (int sample = Short.MIN_VALUE; sample <= Short.MAX_VALUE; sample++) {
      int level = decode[encode[sample & 0xFFFF] & 0xFF];
      if (level < previous) {
        decreasing.add(sample);
      }
      previous = level;
    }
    assertThat(decreasing).isEmpty();
  }
}
