package dev.voicebridge.codec.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KaiserWindowTest {

  @ParameterizedTest(name = "{0}: A = {1} dB")
  @CsvSource({
    "above 50 dB uses the linear rule, 76, 7.41646",
    "between 21 and 50 dB uses the power rule, 40, 3.395321",
    "below 21 dB is rectangular, 20, 0"
  })
  void betaFollowsKaisersFormula(String rule, double attenuationDb, double beta) {
    assertThat(KaiserWindow.beta(attenuationDb)).isCloseTo(beta, within(1e-6));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "8k to 24k transition 1200 Hz at 24 kHz, 76, 0.05, 96",
    "8k to 16k transition 1200 Hz at 16 kHz, 76, 0.075, 65",
    "a wide transition still needs a tap, 76, 100, 2"
  })
  void lengthFollowsKaisersEstimate(
      String name, double attenuationDb, double transition, int taps) {
    // N - 1 = (A - 7.95) / (14.36 * transition), rounded up.
    assertThat(KaiserWindow.length(attenuationDb, transition)).isEqualTo(taps);
  }

  @ParameterizedTest(name = "I0({0})")
  @CsvSource({
    "0, 1.0",
    "1, 1.2660658777520082",
    "2.5, 3.289839144050123",
    "7.41646, 248.10943524779844"
  })
  void besselI0MatchesReferenceValues(double x, double expected) {
    assertThat(KaiserWindow.besselI0(x)).isCloseTo(expected, within(expected * 1e-14));
  }

  @Test
  void windowIsOneAtTheCentreAndSymmetric() {
    double beta = 7.41646;

    assertThat(KaiserWindow.value(2, 5, beta)).isEqualTo(1.0);
    assertThat(KaiserWindow.value(1, 5, beta)).isCloseTo(0.39908626, within(1e-8));
    assertThat(KaiserWindow.value(0, 5, beta)).isCloseTo(0.00403048, within(1e-8));
    for (int n = 0; n < 97; n++) {
      assertThat(KaiserWindow.value(n, 97, beta)).isEqualTo(KaiserWindow.value(96 - n, 97, beta));
    }
  }

  @Test
  void zeroBetaAndSingleTapAreRectangular() {
    assertThat(KaiserWindow.value(0, 7, 0)).isEqualTo(1.0);
    assertThat(KaiserWindow.value(3, 7, 0)).isEqualTo(1.0);
    assertThat(KaiserWindow.value(0, 1, 7.4)).isEqualTo(1.0);
  }
}
