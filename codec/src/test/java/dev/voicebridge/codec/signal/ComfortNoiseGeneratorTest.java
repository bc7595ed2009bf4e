package dev.voicebridge.codec.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.voicebridge.codec.signal.ComfortNoiseGenerator.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ComfortNoiseGeneratorTest {

  @ParameterizedTest(name = "{1} noise at {0} dBov")
  @CsvSource({
    "-20, WHITE", "-40, WHITE", "-60, WHITE", "-70, WHITE",
    "-20, PINK", "-40, PINK", "-60, PINK", "-70, PINK",
  })
  void producesTheRequestedLevel(double level, Spectrum spectrum) {
    short[] samples = new short[8000];

    new ComfortNoiseGenerator(level, spectrum, 42).fill(samples, 0, samples.length);

    assertThat(SignalMeasure.rmsDbfs(samples)).isCloseTo(level, within(0.5));
  }

  @Test
  void whiteNoiseIsFlat() {
    short[] samples = noise(Spectrum.WHITE, 7);

    double low = SignalMeasure.bandDbfs(samples, 100, 1000, 10, 8000);
    double high = SignalMeasure.bandDbfs(samples, 3000, 3900, 10, 8000);

    assertThat(low - high).isCloseTo(0, within(1.5));
  }

  @Test
  void pinkNoiseFallsTowardsHighFrequencies() {
    short[] samples = noise(Spectrum.PINK, 7);

    double low = SignalMeasure.bandDbfs(samples, 100, 1000, 10, 8000);
    double high = SignalMeasure.bandDbfs(samples, 3000, 3900, 10, 8000);

    // The one-pole filter's response gives 7.96 dB between these two bands.
    assertThat(low - high).isBetween(6.0, 9.5);
  }

  @ParameterizedTest
  @EnumSource(Spectrum.class)
  void isReproducibleBySeed(Spectrum spectrum) {
    assertThat(noise(spectrum, 1234)).isEqualTo(noise(spectrum, 1234));
    assertThat(noise(spectrum, 1234)).isNotEqualTo(noise(spectrum, 1235));
  }

  @ParameterizedTest
  @EnumSource(Spectrum.class)
  void givesTheSameSamplesFrameByFrameAsAllAtOnce(Spectrum spectrum) {
    short[] framed = new short[8000];
    ComfortNoiseGenerator generator = new ComfortNoiseGenerator(-30, spectrum, 99);
    for (int off = 0; off < framed.length; off += 160) {
      generator.fill(framed, off, 160);
    }

    assertThat(framed).isEqualTo(noise(spectrum, 99));
  }

  @ParameterizedTest
  @EnumSource(Spectrum.class)
  void fillsFramesWithoutAllocating(Spectrum spectrum) {
    ComfortNoiseGenerator generator = new ComfortNoiseGenerator(-50, spectrum, 5);
    short[] frame = new short[160];

    long allocated = SignalMeasure.allocatedBytes(() -> generator.fill(frame, 0, 160), 10_000);

    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void hasNoDcOffset() {
    short[] samples = noise(Spectrum.PINK, 3);
    double sum = 0;
    for (short sample : samples) {
      sum += sample;
    }

    // The RMS is about 1,036; a mean within 2% of it is no offset worth the name.
    assertThat(sum / samples.length).isCloseTo(0, within(20.0));
  }

  @ParameterizedTest(name = "{0} dBov")
  @CsvSource({"0.5", "-127.5", "NaN"})
  void rejectsLevelsOutsideRfc3389sRange(double level) {
    assertThatThrownBy(() -> new ComfortNoiseGenerator(level, Spectrum.WHITE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comfort noise level must be from -127 to 0 dBov: " + level);
  }

  @Test
  void reportsItsSettings() {
    ComfortNoiseGenerator generator = new ComfortNoiseGenerator(-55, Spectrum.PINK, 1);

    assertThat(generator.levelDbov()).isEqualTo(-55);
    assertThat(generator.spectrum()).isEqualTo(Spectrum.PINK);
  }

  private static short[] noise(Spectrum spectrum, long seed) {
    short[] samples = new short[8000];
    new ComfortNoiseGenerator(-30, spectrum, seed).fill(samples, 0, samples.length);
    return samples;
  }
}
