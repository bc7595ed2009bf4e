package dev.voicebridge.codec.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbfsTest {

  @ParameterizedTest(name = "{0} dB is an RMS of {1}")
  @CsvSource({"0, 32767", "-6.0206, 16383.5", "-20, 3276.7", "-127, 0.0146365"})
  void convertsLevelsToRmsSampleValues(double level, double rms) {
    assertThat(Dbfs.rms(level)).isCloseTo(rms, within(rms * 1e-4));
  }

  @ParameterizedTest(name = "{0} dB is a sine peak of {1}")
  @CsvSource({"-3.0103, 32767", "-9.0309, 16383.5"})
  void givesTheSinePeakForALevel(double level, double peak) {
    assertThat(Dbfs.sinePeak(level)).isCloseTo(peak, within(1.0));
  }

  @ParameterizedTest(name = "{0} becomes {1}")
  @CsvSource({
    "0.49, 0",
    "0.5, 1",
    "-0.5, 0",
    "-0.51, -1",
    "32766.6, 32767",
    "40000, 32767",
    "-32767.4, -32767",
    "-40000, -32767",
  })
  void roundsAndSaturatesSymmetrically(double value, short sample) {
    assertThat(Dbfs.toSample(value)).isEqualTo(sample);
  }
}
