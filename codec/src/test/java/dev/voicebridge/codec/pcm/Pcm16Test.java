package dev.voicebridge.codec.pcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pcm16Test {

  @Test
  void writesLowByteFirst() {
    short[] samples = {0x1234, -2, Short.MIN_VALUE, Short.MAX_VALUE, 0};
    byte[] bytes = new byte[12];

    Pcm16.toLittleEndian(samples, 0, bytes, 1, samples.length);

    assertThat(bytes)
        .containsExactly(
            0x00, // untouched: dstOff is 1
            0x34, 0x12, // 0x1234
            0xfe, 0xff, // -2
            0x00, 0x80, // -32768
            0xff, 0x7f, // 32767
            0x00, 0x00, // 0
            0x00); // untouched: past the last sample
  }

  @Test
  void readsLowByteFirst() {
    byte[] bytes =
        bytes(
            0x55, // skipped: srcOff is 1
            0x34, 0x12, // 0x1234
            0xfe, 0xff, // -2
            0x00, 0x80, // -32768
            0xff, 0x7f); // 32767
    short[] samples = new short[6];

    Pcm16.fromLittleEndian(bytes, 1, samples, 1, 4);

    assertThat(samples).containsExactly(0, 0x1234, -2, Short.MIN_VALUE, Short.MAX_VALUE, 0);
  }

  @Test
  void bytesRoundTripEverySampleValue() {
    short[] all = new short[65536];
    for (int i = 0; i < all.length; i++) {
      all[i] = (short) (i + Short.MIN_VALUE);
    }
    byte[] bytes = new byte[2 * all.length];
    short[] back = new short[all.length];

    Pcm16.toLittleEndian(all, 0, bytes, 0, all.length);
    Pcm16.fromLittleEndian(bytes, 0, back, 0, all.length);

    assertThat(back).isEqualTo(all);
  }

  @Test
  void rejectsRangesOutsideTheArrays() {
    short[] samples = new short[4];
    byte[] bytes = new byte[7];

    assertThatThrownBy(() -> Pcm16.toLittleEndian(samples, 0, bytes, 0, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Pcm16.fromLittleEndian(bytes, 0, samples, 1, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Pcm16.rms(samples, 3, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "32767, 32767",
    "32768, 32767",
    "2147483647, 32767",
    "-32768, -32768",
    "-32769, -32768",
    "-2147483648, -32768",
    "-5, -5"
  })
  void saturatesInsteadOfWrapping(int value, short expected) {
    assertThat(Pcm16.saturate(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.49, 0",
    "0.51, 1",
    "0.5, 0",
    "1.5, 2",
    "2.5, 2",
    "-0.5, 0",
    "-1.5, -2",
    "-0.51, -1",
    "1234.7, 1235",
    "-1234.7, -1235",
    "32767.4, 32767",
    "32767.5, 32767",
    "40000.0, 32767",
    "-32768.4, -32768",
    "-1.0E30, -32768",
    "1.0E30, 32767",
    "NaN, 0"
  })
  void roundsToTheNearestSampleTiesToEvenAndSaturates(float value, short expected) {
    assertThat(Pcm16.round(value)).isEqualTo(expected);
  }

  @Test
  void peakCountsTheMostNegativeSampleAsFullScale() {
    short[] samples = {3, -7, 5, Short.MIN_VALUE, 100};

    assertThat(Pcm16.peak(samples, 0, 3)).isEqualTo(7);
    assertThat(Pcm16.peak(samples, 0, 5)).isEqualTo(32768);
    assertThat(Pcm16.peakDbfs(samples, 0, 5)).isEqualTo(0.0);
  }

  @Test
  void samplesAtFullScaleMagnitudeAreZeroDbfs() {
    // 32768 is reachable only as -32768, so a constant stands in for the full-scale square.
    short[] fullScale = new short[100];
    Arrays.fill(fullScale, Short.MIN_VALUE);

    assertThat(Pcm16.rmsDbfs(fullScale, 0, fullScale.length)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void fullScaleSineIsAboutMinusThreeDbfs() {
    short[] sine = new short[8000];
    for (int i = 0; i < sine.length; i++) {
      sine[i] = (short) Math.round(32767 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
    }

    assertThat(Pcm16.rmsDbfs(sine, 0, sine.length)).isCloseTo(-3.0103, within(0.001));
    assertThat(Pcm16.peakDbfs(sine, 0, sine.length)).isCloseTo(0.0, within(0.001));
  }

  @Test
  void rmsMeasuresOnlyTheGivenRange() {
    short[] samples = {1000, 3, -4, 1000};

    // sqrt((9 + 16) / 2) = 3.5355...
    assertThat(Pcm16.rms(samples, 1, 2)).isCloseTo(Math.sqrt(12.5), within(1e-12));
  }

  @Test
  void rmsOfWhiteNoiseMatchesItsDrawnLevel() {
    Random random = new Random(42);
    short[] noise = new short[48000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (short) Math.round(1000 * random.nextGaussian());
    }

    // -30.3 dBFS = 20 log10(1000 / 32768); 48000 draws pin the estimate within about 0.03 dB.
    assertThat(Pcm16.rmsDbfs(noise, 0, noise.length)).isCloseTo(-30.309, within(0.05));
  }

  @Test
  void silenceAndEmptyRangesAreMinusInfinity() {
    short[] silence = new short[10];

    assertThat(Pcm16.rmsDbfs(silence, 0, 10)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Pcm16.peakDbfs(silence, 0, 10)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Pcm16.rms(silence, 5, 0)).isZero();
    assertThat(Pcm16.peak(silence, 5, 0)).isZero();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
