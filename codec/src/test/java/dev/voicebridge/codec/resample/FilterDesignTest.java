package dev.voicebridge.codec.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FilterDesignTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // in,   out,   L, M, passband, stopband, taps, delay
    "8000, 16000, 2, 1, 3400, 4600, 65, 32",
    "16000, 8000, 1, 2, 3400, 4600, 65, 16",
    "8000, 24000, 3, 1, 3400, 4600, 97, 48",
    "24000, 8000, 1, 3, 3400, 4600, 97, 16",
    "8000, 48000, 6, 1, 3400, 4600, 191, 95",
    "48000, 8000, 1, 6, 3400, 4600, 193, 16",
    "16000, 24000, 3, 2, 7200, 8800, 145, 36",
    "24000, 16000, 2, 3, 7200, 8800, 145, 24",
    "16000, 48000, 3, 1, 7200, 8800, 145, 72",
    "48000, 16000, 1, 3, 7200, 8800, 145, 24",
    "24000, 48000, 2, 1, 10800, 13200, 97, 48",
    "48000, 24000, 1, 2, 10800, 13200, 97, 24",
    "24000, 24000, 1, 1, 10800, 13200, 1, 0"
  })
  void designsTheDocumentedFilter(
      int in, int out, int up, int down, double passband, double stopband, int taps, int delay) {
    FilterDesign d = FilterDesign.forRates(in, out);

    assertThat(new int[] {d.up, d.down, d.taps, d.delay}).containsExactly(up, down, taps, delay);
    assertThat(d.passbandHz).isCloseTo(passband, within(1e-9));
    assertThat(d.stopbandHz).isCloseTo(stopband, within(1e-9));
    // (N - 1) / 2 prototype samples of linear-phase delay are exactly D output samples.
    assertThat((d.taps - 1) / 2).isEqualTo(d.delay * d.down);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void prototypeIsSymmetricSoItsPhaseIsLinear(int in, int out) {
    double[] h = FilterDesign.forRates(in, out).prototype();

    for (int n = 0; n < h.length; n++) {
      assertThat(h[n]).isEqualTo(h[h.length - 1 - n]);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void everyPolyphaseComponentSumsToOne(int in, int out) {
    FilterDesign d = FilterDesign.forRates(in, out);
    double[] h = d.prototype();

    for (int phase = 0; phase < d.up; phase++) {
      double sum = 0;
      for (int n = phase; n < h.length; n += d.up) {
        sum += h[n];
      }
      assertThat(sum).as("phase %d", phase).isCloseTo(1.0, within(1e-12));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void storesTheSincZerosAsExactZeros(int in, int out) {
    FilterDesign d = FilterDesign.forRates(in, out);
    double[] h = d.prototype();
    int centre = (h.length - 1) / 2;
    int spacing = d.prototypeRate() / Math.min(in, out);

    for (int n = 0; n < h.length; n++) {
      if (n != centre && (n - centre) % spacing == 0) {
        assertThat(h[n]).as("tap %d", n).isZero();
      } else {
        assertThat(h[n]).as("tap %d", n).isNotZero();
      }
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void passbandIsFlatWithinFiveThousandthsOfADb(int in, int out) {
    FilterDesign d = FilterDesign.forRates(in, out);
    float[] h = floats(d.prototype());

    for (int i = 0; i <= 500; i++) {
      double f = d.passbandHz * i / 500;
      assertThat(gainDb(h, f / d.prototypeRate(), d.up)).as("%.0f Hz", f).isBetween(-0.005, 0.005);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void stopbandIsAtLeast74DbDown(int in, int out) {
    FilterDesign d = FilterDesign.forRates(in, out);
    float[] h = floats(d.prototype());
    double nyquist = d.prototypeRate() / 2.0;

    for (int i = 0; i <= 4000; i++) {
      double f = d.stopbandHz + (nyquist - d.stopbandHz) * i / 4000;
      assertThat(gainDb(h, f / d.prototypeRate(), d.up)).as("%.0f Hz", f).isLessThan(-74);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
  void isHalfwayDownAtTheLowerNyquistFrequency(int in, int out) {
    FilterDesign d = FilterDesign.forRates(in, out);
    float[] h = floats(d.prototype());
    double half = Math.min(in, out) / 2.0;

    // -6.02 dB: the transition is centred on Fl/2, where a component and its fold meet.
    assertThat(gainDb(h, half / d.prototypeRate(), d.up)).isCloseTo(-6.02, within(0.05));
  }

  /** The gain at a frequency (cycles per prototype sample) relative to DC, in dB. */
  static double gainDb(float[] h, double frequency, int up) {
    double re = 0;
    double im = 0;
    for (int n = 0; n < h.length; n++) {
      re += h[n] * Math.cos(2 * Math.PI * frequency * n);
      im -= h[n] * Math.sin(2 * Math.PI * frequency * n);
    }
    // Each of the up phases sums to 1, so the prototype's DC gain is up.
    return 20 * Math.log10(Math.hypot(re, im) / up);
  }

  static float[] floats(double[] h) {
    float[] f = new float[h.length];
    for (int i = 0; i < h.length; i++) {
      f[i] = (float) h[i];
    }
    return f;
  }
}
