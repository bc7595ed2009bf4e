package dev.voicebridge.codec.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XorShift64StarTest {

  @Test
  void repeatsItsSequenceForTheSameSeed() {
    XorShift64Star first = new XorShift64Star(42);
    XorShift64Star second = new XorShift64Star(42);

    for (int i = 0; i < 1000; i++) {
      assertThat(first.nextLong()).isEqualTo(second.nextLong());
    }
  }

  @Test
  void givesUnrelatedSequencesForNeighbouringSeeds() {
    Set<Long> firsts = new HashSet<>();
    for (long seed = 0; seed < 1000; seed++) {
      firsts.add(new XorShift64Star(seed).nextLong());
    }

    assertThat(firsts).hasSize(1000);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, -1, 0x9E3779B97F4A7C15L, Long.MIN_VALUE})
  void setsEachBitHalfTheTimeWhateverTheSeed(long seed) {
    XorShift64Star random = new XorShift64Star(seed);
    int[] ones = new int[64];
    int draws = 10_000;
    for (int i = 0; i < draws; i++) {
      long bits = random.nextLong();
      for (int bit = 0; bit < 64; bit++) {
        ones[bit] += (int) ((bits >>> bit) & 1);
      }
    }

    for (int bit = 0; bit < 64; bit++) {
      // Five standard deviations of a fair coin over 10,000 draws is 250.
      assertThat((double) ones[bit]).as("bit %d", bit).isCloseTo(draws / 2.0, within(250.0));
    }
  }
}
