package dev.voicebridge.codec.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneGeneratorTest {

  @ParameterizedTest(name = "{0} Hz at {1} dBFS, {2} Hz sampling")
  @CsvSource({
    "1004, -3.01, 8000",
    "1004, -10, 8000",
    "440, -20, 8000",
    "300, -40, 8000",
    "3400, -16, 8000",
    "7000, -20, 16000",
  })
  void producesTheRequestedLevelAndFrequency(int frequency, double level, int sampleRate) {
    short[] samples = new short[sampleRate];

    new ToneGenerator(frequency, level, sampleRate).fill(samples, 0, samples.length);

    assertThat(SignalMeasure.rmsDbfs(samples)).isCloseTo(level, within(0.5));
    assertThat(SignalMeasure.goertzelDbfs(samples, frequency, sampleRate))
        .isCloseTo(level, within(0.5));
    assertThat(SignalMeasure.goertzelDbfs(samples, frequency + 10, sampleRate))
        .isLessThan(level - 40);
  }

  @Test
  void reachesFullScaleWithoutWrappingAtTheLoudestLevel() {
    short[] samples = new short[8000];

    new ToneGenerator(1000, -3.01, 8000).fill(samples, 0, samples.length);

    short max = Short.MIN_VALUE;
    short min = Short.MAX_VALUE;
    for (short sample : samples) {
      max = (short) Math.max(max, sample);
      min = (short) Math.min(min, sample);
    }
    assertThat(max).isEqualTo(Short.MAX_VALUE);
    assertThat(min).isEqualTo((short) -Short.MAX_VALUE);
  }

  @Test
  void startsAtPhaseZero() {
    short[] samples = new short[3];

    new ToneGenerator(2000, -10, 8000).fill(samples, 0, 3);

    // A quarter of a cycle per sample: 0, the peak, 0.
    short peak = (short) Math.round(32767 * Math.pow(10, -10 / 20.0) * Math.sqrt(2));
    assertThat(samples).containsExactly((short) 0, peak, (short) 0);
  }

  @Test
  void continuesThePhaseAcrossFramesBitForBit() {
    short[] whole = new short[8000];
    new ToneGenerator(1004, -10, 8000).fill(whole, 0, whole.length);

    short[] framed = new short[8000];
    ToneGenerator generator = new ToneGenerator(1004, -10, 8000);
    for (int off = 0; off < framed.length; off += 160) {
      generator.fill(framed, off, 160);
    }
    short[] ragged = new short[8000];
    ToneGenerator raggedGenerator = new ToneGenerator(1004, -10, 8000);
    int[] sizes = {1, 7, 159, 160, 161, 333};
    for (int off = 0, i = 0; off < ragged.length; i++) {
      int len = Math.min(sizes[i % sizes.length], ragged.length - off);
      raggedGenerator.fill(ragged, off, len);
      off += len;
    }

    assertThat(framed).isEqualTo(whole);
    assertThat(ragged).isEqualTo(whole);
  }

  @Test
  void fillsFramesWithoutAllocating() {
    ToneGenerator generator = new ToneGenerator(1004, -10, 8000);
    short[] frame = new short[160];

    long allocated = SignalMeasure.allocatedBytes(() -> generator.fill(frame, 0, 160), 10_000);

    // Ten thousand frames; anything allocated per frame would add up to at least 160 KB.
    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void writesOnlyTheRequestedRange() {
    short[] samples = new short[10];
    Arrays.fill(samples, (short) 99);

    new ToneGenerator(1000, -10, 8000).fill(samples, 3, 4);

    assertThat(samples[2]).isEqualTo((short) 99);
    assertThat(samples[3]).isZero();
    assertThat(samples[4]).isNotEqualTo((short) 99);
    assertThat(samples[7]).isEqualTo((short) 99);
    assertThatThrownBy(() -> new ToneGenerator(1000, -10, 8000).fill(samples, 8, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "too loud | 1000 | -3 | 8000 | a sine at -3.0 dBFS RMS would clip: the limit is -3.01 dBFS",
        "not a number | 1000 | NaN | 8000 | a sine at NaN dBFS RMS would clip: the limit is -3.01"
            + " dBFS",
        "at Nyquist | 4000 | -10 | 8000 | frequency must be above 0 and below half the sample"
            + " rate of 8000 Hz: 4000.0 Hz",
        "zero frequency | 0 | -10 | 8000 | frequency must be above 0 and below half the sample"
            + " rate of 8000 Hz: 0.0 Hz",
        "no sample rate | 1000 | -10 | 0 | sample rate must be positive: 0",
      })
  void rejectsToneItCannotGenerate(
      String name, double frequency, double level, int sampleRate, String message) {
    assertThatThrownBy(() -> new ToneGenerator(frequency, level, sampleRate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void reportsItsSettings() {
    ToneGenerator generator = new ToneGenerator(425, -12.5, 8000);

    assertThat(generator.frequencyHz()).isEqualTo(425);
    assertThat(generator.levelDbfs()).isEqualTo(-12.5);
  }
}
