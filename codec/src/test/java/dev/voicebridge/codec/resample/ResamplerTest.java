package dev.voicebridge.codec.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.voicebridge.codec.pcm.Pcm16;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ResamplerTest {

  private static final int[] RATES = {8000, 16000, 24000, 48000};

  /** Every supported conversion between different rates. */
  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (int in : RATES) {
      for (int out : RATES) {
        if (in != out) {
          pairs.add(Arguments.of(in, out));
        }
      }
    }
    return pairs.stream();
  }

  /** The conversions to a lower rate: only they see input above their stopband edge. */
  static Stream<Arguments> downsamplingPairs() {
    return pairs().filter(p -> (int) p.get()[0] > (int) p.get()[1]);
  }

  /** Runs a whole signal through a fresh resampler in one call. */
  static short[] resampleAtOnce(int inRate, int outRate, short[] in) {
    Resampler r = Resampler.create(inRate, outRate);
    short[] out = new short[r.maxOutputSamples(in.length)];
    int n = r.process(in, 0, in.length, out, 0);
    return Arrays.copyOf(out, n);
  }

  /** Runs a signal through a fresh resampler in chunks of the given sizes, cycling. */
  static short[] resampleInChunks(int inRate, int outRate, short[] in, int... sizes) {
    Resampler r = Resampler.create(inRate, outRate);
    short[] out = new short[r.maxOutputSamples(in.length) + 1];
    int written = 0;
    int i = 0;
    for (int pos = 0; pos < in.length; i++) {
      int len = Math.min(sizes[i % sizes.length], in.length - pos);
      written += r.process(in, pos, len, out, written);
      pos += len;
    }
    return Arrays.copyOf(out, written);
  }

  static short[] tone(double frequency, double amplitude, int rate, int length) {
    short[] x = new short[length];
    for (int n = 0; n < length; n++) {
      x[n] = (short) Math.round(amplitude * Math.cos(2 * Math.PI * frequency * n / rate));
    }
    return x;
  }

  /** A sweep over the whole band plus seeded noise: every filter path gets exercised. */
  static short[] sweepWithNoise(int rate, int length, long seed) {
    Random random = new Random(seed);
    short[] x = new short[length];
    double phase = 0;
    for (int n = 0; n < length; n++) {
      phase += Math.PI * n / length; // 0 to rate/2 Hz
      x[n] = (short) Math.round(12000 * Math.sin(phase) + 4000 * random.nextGaussian());
    }
    return x;
  }

  static double passbandHz(int inRate, int outRate) {
    return FilterDesign.forRates(inRate, outRate).passbandHz;
  }

  static double stopbandHz(int inRate, int outRate) {
    return FilterDesign.forRates(inRate, outRate).stopbandHz;
  }

  @Nested
  class Streaming {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void turnsEveryTwentyMillisecondFrameIntoExactlyTwentyMilliseconds(int in, int out) {
      Resampler r = Resampler.create(in, out);
      short[] frame = sweepWithNoise(in, in / 50, 1);
      short[] result = new short[r.maxOutputSamples(frame.length)];

      for (int i = 0; i < 20; i++) {
        assertThat(r.process(frame, 0, frame.length, result, 0)).isEqualTo(out / 50);
      }
    }

    @ParameterizedTest(name = "{0} -> {1} in frames of {2}: {3}")
    @CsvSource({
      "16000, 24000, 161, '242,241,242,241'",
      "24000, 16000, 479, '320,319,319,320'",
      "24000, 8000, 481, '161,160,160,161'",
      "48000, 16000, 100, '34,33,33,34'"
    })
    void spreadsFramesOfPartPeriodsOverCallsWithoutDrift(
        int in, int out, int frame, String counts) {
      Resampler r = Resampler.create(in, out);
      short[] input = new short[frame];
      short[] output = new short[r.maxOutputSamples(frame)];

      int[] written = new int[4];
      for (int i = 0; i < written.length; i++) {
        written[i] = r.process(input, 0, frame, output, 0);
      }

      // Each call returns ceil(total * out / in) minus what came before.
      assertThat(written)
          .containsExactly(Arrays.stream(counts.split(",")).mapToInt(Integer::parseInt).toArray());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void keepsTotalsExactWhateverTheChunkSizes(int in, int out) {
      Resampler r = Resampler.create(in, out);
      Random random = new Random(7);
      short[] input = new short[1000];
      short[] output = new short[r.maxOutputSamples(input.length)];
      long totalIn = 0;
      long totalOut = 0;

      for (int i = 0; i < 300; i++) {
        int len = random.nextInt(i % 10 == 0 ? 1000 : 12);
        int predicted = r.outputSamples(len);
        int written = r.process(input, 0, len, output, 0);
        totalIn += len;
        totalOut += written;

        assertThat(written).isEqualTo(predicted).isLessThanOrEqualTo(r.maxOutputSamples(len));
        // ceil(totalIn * out / in): no drift, ever.
        assertThat(totalOut).isEqualTo((totalIn * out + in - 1) / in);
      }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void givesBitExactOutputWhateverTheChunkSizes(int in, int out) {
      short[] signal = sweepWithNoise(in, in / 4, 11);
      short[] whole = resampleAtOnce(in, out, signal);
      Random random = new Random(3);
      int[] randomSizes = random.ints(64, 0, 700).toArray();

      assertThat(whole).hasSize(signal.length * out / in);
      assertThat(resampleInChunks(in, out, signal, in / 50)).isEqualTo(whole);
      assertThat(resampleInChunks(in, out, signal, 1)).isEqualTo(whole);
      assertThat(resampleInChunks(in, out, signal, 2, 3, 5, 7, 11, 13, 101, 997)).isEqualTo(whole);
      assertThat(resampleInChunks(in, out, signal, randomSizes)).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void allocatesNothingPerCall(int in, int out) {
      com.sun.management.ThreadMXBean threads =
          (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      assumeTrue(threads.isThreadAllocatedMemorySupported());
      Resampler r = Resampler.create(in, out);
      short[] signal = sweepWithNoise(in, in, 2);
      short[] result = new short[r.maxOutputSamples(signal.length)];
      long thread = Thread.currentThread().getId();
      long calibration = threads.getThreadAllocatedBytes(thread);
      calibration = threads.getThreadAllocatedBytes(thread) - calibration;

      long before = threads.getThreadAllocatedBytes(thread);
      for (int pos = 0, len = 1; pos + len <= signal.length; pos += len, len = len % 997 + 13) {
        r.process(signal, pos, len, result, 0);
      }
      long allocated = threads.getThreadAllocatedBytes(thread) - before - calibration;

      assertThat(allocated).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void resetForgetsEverythingBefore(int in, int out) {
      short[] first = sweepWithNoise(in, 1234, 5);
      short[] second = sweepWithNoise(in, 2000, 6);
      Resampler r = Resampler.create(in, out);
      short[] scratch = new short[r.maxOutputSamples(first.length)];
      r.process(first, 0, first.length, scratch, 0);

      r.reset();
      short[] afterReset = new short[r.maxOutputSamples(second.length)];
      int n = r.process(second, 0, second.length, afterReset, 0);

      assertThat(Arrays.copyOf(afterReset, n)).isEqualTo(resampleAtOnce(in, out, second));
    }

    @Test
    void readsAndWritesOnlyTheGivenRanges() {
      Resampler r = Resampler.create(8000, 24000);
      short[] in = {9999, 100, 200, 300, 9999};
      short[] out = new short[20];
      Arrays.fill(out, (short) -1);

      int n = r.process(in, 1, 3, out, 5);

      assertThat(n).isEqualTo(9);
      assertThat(Arrays.copyOfRange(out, 0, 5)).containsOnly((short) -1);
      assertThat(Arrays.copyOfRange(out, 14, 20)).containsOnly((short) -1);
      assertThat(Arrays.copyOfRange(out, 5, 14))
          .isEqualTo(resampleAtOnce(8000, 24000, new short[] {100, 200, 300}));
    }

    @Test
    void rejectsAnOutputArrayTooSmallAndKeepsItsState() {
      Resampler r = Resampler.create(8000, 24000);
      short[] signal = sweepWithNoise(8000, 320, 9);
      short[] out = new short[960];

      assertThatThrownBy(() -> r.process(signal, 0, 160, new short[479], 0))
          .isInstanceOf(IndexOutOfBoundsException.class);
      int n = r.process(signal, 0, 160, out, 0);
      n += r.process(signal, 160, 160, out, n);

      assertThat(Arrays.copyOf(out, n)).isEqualTo(resampleAtOnce(8000, 24000, signal));
    }

    @Test
    void rejectsAnInputRangeOutsideTheArray() {
      Resampler r = Resampler.create(24000, 8000);

      assertThatThrownBy(() -> r.process(new short[480], 1, 480, new short[160], 0))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsUnsupportedRates() {
      assertThat(Resampler.supports(8000, 44100)).isFalse();
      assertThat(Resampler.supports(48000, 16000)).isTrue();
      assertThatThrownBy(() -> Resampler.create(8000, 44100))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Unsupported rate pair 8000 -> 44100 Hz: rates must be 8000, 16000, 24000 or 48000");
    }

    @Test
    void equalRatesCopyWithoutDelay() {
      short[] signal = sweepWithNoise(16000, 999, 4);
      Resampler r = Resampler.create(16000, 16000);

      assertThat(resampleInChunks(16000, 16000, signal, 7, 160)).isEqualTo(signal);
      assertThat(r.delaySamples()).isZero();
      assertThat(r.outputSamples(999)).isEqualTo(999);
    }

    @Test
    void reportsItsRates() {
      Resampler r = Resampler.create(24000, 16000);

      assertThat(r.inputRate()).isEqualTo(24000);
      assertThat(r.outputRate()).isEqualTo(16000);
    }
  }

  @Nested
  class Filtering {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void matchesTheDirectFormWithinOneLsb(int in, int out) {
      // Upsample by L with zeros, filter with the prototype in double precision, keep every M-th.
      FilterDesign design = FilterDesign.forRates(in, out);
      double[] h = design.prototype();
      short[] x = sweepWithNoise(in, 3000, 8);
      short[] y = resampleAtOnce(in, out, x);

      for (int n = 0; n < y.length; n++) {
        double sum = 0;
        long position = (long) n * design.down;
        for (long j = Math.max(0, (position - h.length + 1 + design.up - 1) / design.up);
            j * design.up <= position;
            j++) {
          sum += h[(int) (position - j * design.up)] * x[(int) j];
        }
        assertThat((double) y[n]).as("sample %d", n).isCloseTo(sum, within(1.0));
      }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void passbandIsFlatWithinATenthOfADb(int in, int out) {
      Resampler r = Resampler.create(in, out);
      int skip = 2 * r.delaySamples() + 8;
      double worst = 0;
      for (double f = 50; f <= passbandHz(in, out); f += passbandHz(in, out) / 30) {
        short[] y = resampleAtOnce(in, out, tone(f, 16000, in, in / 10));
        double gainDb = 20 * Math.log10(ToneFit.of(y, skip, y.length, f, out).amplitude / 16000);
        worst = Math.max(worst, Math.abs(gainDb));
      }

      assertThat(worst).isLessThan(0.1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void leavesPassbandTonesFreeOfImagesAndAliasesTo70Db(int in, int out) {
      Resampler r = Resampler.create(in, out);
      int skip = 2 * r.delaySamples() + 8;
      double worst = -200;
      for (double f = 100; f <= passbandHz(in, out); f += passbandHz(in, out) / 9) {
        short[] y = resampleAtOnce(in, out, tone(f, 20000, in, in / 5));
        worst = Math.max(worst, ToneFit.of(y, skip, y.length, f, out).residualDb());
      }

      assertThat(worst).isLessThan(-70);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#downsamplingPairs")
    void attenuatesTonesThatWouldAliasIntoThePassbandBy70Db(int in, int out) {
      Resampler r = Resampler.create(in, out);
      int skip = 2 * r.delaySamples() + 8;
      double worst = -200;
      for (double f = stopbandHz(in, out); f < in / 2.0; f += in / 61.0) {
        short[] x = tone(f, 20000, in, in / 5);
        short[] y = resampleAtOnce(in, out, x);
        double outRms = Pcm16.rms(y, skip, y.length - skip);
        worst = Math.max(worst, 20 * Math.log10(outRms / (20000 / Math.sqrt(2))));
      }

      assertThat(worst).isLessThan(-70);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void passesWhiteNoiseAtItsLevelWithoutImages(int in, int out) {
      int size = 4096;
      short[] x = new short[(int) ((6L * size + 256) * in / out) + size];
      Random random = new Random(21);
      for (int n = 0; n < x.length; n++) {
        x[n] = (short) Math.round(3000 * random.nextGaussian());
      }
      short[] y = resampleAtOnce(in, out, x);
      double[] inPower = Fft.powerSpectrum(x, 0, x.length, size);
      double[] outPower = Fft.powerSpectrum(y, 256, y.length, size);

      double inDensity = meanDensity(inPower, in, size, 100, passbandHz(in, out));
      double outDensity = meanDensity(outPower, out, size, 100, passbandHz(in, out));
      assertThat(10 * Math.log10(outDensity / inDensity)).isBetween(-0.2, 0.2);
      if (out > in) {
        double imageDensity = maxDensity(outPower, out, size, stopbandHz(in, out), out / 2.0);
        assertThat(10 * Math.log10(imageDensity / inDensity)).isLessThan(-70);
      }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#downsamplingPairs")
    void attenuatesStopbandNoiseBy70Db(int in, int out) {
      short[] x = stopbandNoise(in, 32768, stopbandHz(in, out), 31);
      short[] y = resampleAtOnce(in, out, x);
      int skip = 2 * Resampler.create(in, out).delaySamples() + 8;

      double inRms = Pcm16.rms(x, 0, x.length);
      double outRms = Pcm16.rms(y, skip, y.length - skip);
      assertThat(20 * Math.log10(outRms / inRms)).isLessThan(-70);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void settlesAConstantToTheSameConstant(int in, int out) {
      for (short level : new short[] {1, -1, 1000, -12345, 32767, -32768}) {
        short[] x = new short[in / 20];
        Arrays.fill(x, level);
        short[] y = resampleAtOnce(in, out, x);
        int settled = 2 * Resampler.create(in, out).delaySamples() + 2;

        for (int n = settled; n < y.length; n++) {
          assertThat((int) y[n]).as("level %d sample %d", level, n).isBetween(level - 1, level + 1);
        }
      }
    }
  }

  @Nested
  class Timing {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void centresAnImpulseOnTheDocumentedDelay(int in, int out) {
      Resampler r = Resampler.create(in, out);
      int down = in / gcd(in, out);
      int at = 12 * down; // an input instant that is also an output instant
      short[] x = new short[at + in / 50];
      x[at] = 16000;
      short[] y = resampleAtOnce(in, out, x);
      int centre = at * out / in + r.delaySamples();

      int peak = 0;
      for (int n = 1; n < y.length; n++) {
        peak = Math.abs(y[n]) > Math.abs(y[peak]) ? n : peak;
      }
      assertThat(peak).isEqualTo(centre);
      for (int i = 1; i <= r.delaySamples(); i++) {
        assertThat((int) y[centre + i]).isBetween(y[centre - i] - 1, y[centre - i] + 1);
      }
      if (out % in == 0) {
        assertThat(y[centre]).as("integer upsampling passes the sample through").isEqualTo(x[at]);
      }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void delaysEveryToneByTheDocumentedDelay(int in, int out) {
      Resampler r = Resampler.create(in, out);
      int from = 2 * r.delaySamples() + 8;
      for (double f : new double[] {300, 1000, 3000, passbandHz(in, out)}) {
        short[] y = resampleAtOnce(in, out, tone(f, 16000, in, in / 10));
        double expected = 2 * Math.PI * f * (from - r.delaySamples()) / out;
        double error =
            Math.IEEEremainder(ToneFit.of(y, from, y.length, f, out).phase - expected, 2 * Math.PI);

        // A phase error of 2 pi f t is a delay error of t: assert under 1% of an output sample.
        assertThat(Math.abs(error) / (2 * Math.PI * f) * out).as("%.0f Hz", f).isLessThan(0.01);
      }
      assertThat(r.delayMillis()).isEqualTo(r.delaySamples() * 1000.0 / out);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dev.voicebridge.codec.resample.ResamplerTest#pairs")
    void joinsTwentyMillisecondFramesWithoutClicks(int in, int out) {
      Resampler r = Resampler.create(in, out);
      int frame = out / 50;
      short[] y = resampleInChunks(in, out, tone(1000, 16000, in, in / 2), in / 50);
      int from = 2 * frame;

      double worstAtEdges = 0;
      double worstInside = 0;
      for (int n = from; n < y.length; n++) {
        double ideal = 16000 * Math.cos(2 * Math.PI * 1000 * (n - r.delaySamples()) / out);
        double error = Math.abs(y[n] - ideal);
        int inFrame = n % frame;
        if (inFrame < 2 || inFrame >= frame - 2) {
          worstAtEdges = Math.max(worstAtEdges, error);
        } else {
          worstInside = Math.max(worstInside, error);
        }
      }
      // 3 LSB, rounding included, is 74 dB below the tone.
      assertThat(worstInside).isLessThan(3);
      assertThat(worstAtEdges).isLessThanOrEqualTo(worstInside + 0.5);
    }
  }

  static double meanDensity(double[] power, int rate, int size, double fromHz, double toHz) {
    double sum = 0;
    int bins = 0;
    for (int k = (int) Math.ceil(fromHz * size / rate); k * (double) rate / size <= toHz; k++) {
      sum += power[k];
      bins++;
    }
    return sum / bins / rate;
  }

  static double maxDensity(double[] power, int rate, int size, double fromHz, double toHz) {
    double max = 0;
    for (int k = (int) Math.ceil(fromHz * size / rate); k < power.length; k++) {
      if (k * (double) rate / size <= toHz) {
        max = Math.max(max, power[k]);
      }
    }
    return max / rate;
  }

  /** Seeded Gaussian noise with every component below {@code edgeHz} removed, peak 30000. */
  static short[] stopbandNoise(int rate, int length, double edgeHz, long seed) {
    Random random = new Random(seed);
    double[] re = new double[length];
    double[] im = new double[length];
    for (int n = 0; n < length; n++) {
      re[n] = random.nextGaussian();
    }
    Fft.transform(re, im, false);
    for (int k = 0; k < length; k++) {
      double f = Math.min(k, length - k) * (double) rate / length;
      if (f < edgeHz) {
        re[k] = 0;
        im[k] = 0;
      }
    }
    Fft.transform(re, im, true);
    double peak = 0;
    for (double v : re) {
      peak = Math.max(peak, Math.abs(v));
    }
    short[] x = new short[length];
    for (int n = 0; n < length; n++) {
      x[n] = (short) Math.round(30000 * re[n] / peak);
    }
    return x;
  }

  static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
