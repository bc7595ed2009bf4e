package dev.voicebridge.codec.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolyphaseKernelTest {

  @ParameterizedTest(name = "{0} -> {1}: e = {2}")
  @CsvSource({
    "8000, 24000, '0,0,0'",
    "24000, 8000, '0'",
    "16000, 24000, '0,0,1'",
    "24000, 16000, '0,1'",
    "48000, 8000, '0'"
  })
  void placesEachOutputClassAfterItsNewestInput(int in, int out, String newest) {
    PolyphaseKernel k = new PolyphaseKernel(FilterDesign.forRates(in, out));

    // Output L q + c sits at input instant q M + c M / L; its newest input is the floor of that.
    assertThat(k.newestInput)
        .containsExactly(Arrays.stream(newest.split(",")).mapToInt(Integer::parseInt).toArray());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void keepsOnlyTheNonZeroTaps(int in, int out) {
    FilterDesign d = FilterDesign.forRates(in, out);
    long nonZero = Arrays.stream(d.prototype()).filter(v -> v != 0).count();

    assertThat(new PolyphaseKernel(d).nonZeroTaps()).isEqualTo(nonZero);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void computesEachClassAsTheDotProductOfItsPhase(int in, int out) {
    FilterDesign d = FilterDesign.forRates(in, out);
    PolyphaseKernel k = new PolyphaseKernel(d);
    int periods = 40;
    int base = k.history;
    float[][] streams = new float[d.down][base + periods + 1];
    Random random = new Random(17);
    for (float[] stream : streams) {
      for (int r = 0; r < stream.length; r++) {
        stream[r] = (float) (10000 * random.nextGaussian());
      }
    }
    int[] from = new int[d.up];
    int[] to = new int[d.up];
    Arrays.fill(from, 1);
    Arrays.fill(to, periods);
    float[][] acc = new float[d.up][periods + 1];
    float[][] windows = new float[PolyphaseKernel.GROUP][periods + 1];

    k.accumulate(streams, base, from, to, periods, acc, windows);

    double[] h = d.prototype();
    for (int c = 0; c < d.up; c++) {
      assertThat(acc[c][0]).as("period 0 is outside the range").isZero();
      for (int t = 1; t < periods; t++) {
        // y = sum over k of h[k L + p(c)] x[(base + t) M + e(c) - k], x[r M + s] in stream s.
        double expected = 0;
        for (int tap = 0; tap * d.up + c * d.down % d.up < h.length; tap++) {
          int input = (base + t) * d.down + k.newestInput[c] - tap;
          double x = streams[Math.floorMod(input, d.down)][Math.floorDiv(input, d.down)];
          expected += h[tap * d.up + c * d.down % d.up] * x;
        }
        assertThat((double) acc[c][t])
            .as("class %d period %d", c, t)
            .isCloseTo(expected, within(0.05));
      }
    }
  }
}
