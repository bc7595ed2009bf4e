package dev.voicebridge.codec.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DualToneGeneratorTest {

  @Test
  void sumsTwoTonesEachAtItsOwnLevel() {
    short[] samples = new short[8000];

    new DualToneGenerator(440, -19, 480, -25, 8000).fill(samples, 0, samples.length);

    assertThat(SignalMeasure.goertzelDbfs(samples, 440, 8000)).isCloseTo(-19, within(0.5));
    assertThat(SignalMeasure.goertzelDbfs(samples, 480, 8000)).isCloseTo(-25, within(0.5));
    // Unrelated tones add in power: 10 log10(10^-1.9 + 10^-2.5) = -18.03 dB.
    assertThat(SignalMeasure.rmsDbfs(samples)).isCloseTo(-18.03, within(0.5));
    assertThat(SignalMeasure.goertzelDbfs(samples, 460, 8000)).isLessThan(-60);
  }

  @ParameterizedTest(name = "key {0}: {1} Hz + {2} Hz")
  @CsvSource({
    "1, 697, 1209", "2, 697, 1336", "3, 697, 1477", "A, 697, 1633",
    "4, 770, 1209", "5, 770, 1336", "6, 770, 1477", "B, 770, 1633",
    "7, 852, 1209", "8, 852, 1336", "9, 852, 1477", "C, 852, 1633",
    "*, 941, 1209", "0, 941, 1336", "#, 941, 1477", "d, 941, 1633",
  })
  void generatesTheQ23PairForEveryDtmfKey(char key, int low, int high) {
    short[] samples = new short[8000];

    DualToneGenerator.dtmf(key, -10, 8000).fill(samples, 0, samples.length);

    assertThat(SignalMeasure.goertzelDbfs(samples, low, 8000)).isCloseTo(-10, within(0.5));
    assertThat(SignalMeasure.goertzelDbfs(samples, high, 8000)).isCloseTo(-10, within(0.5));
    assertThat(SignalMeasure.rmsDbfs(samples)).isCloseTo(-6.99, within(0.5));
  }

  @Test
  void continuesBothPhasesAcrossFramesBitForBit() {
    short[] whole = new short[4000];
    DualToneGenerator.dtmf('5', -10, 8000).fill(whole, 0, whole.length);

    short[] framed = new short[4000];
    DualToneGenerator generator = DualToneGenerator.dtmf('5', -10, 8000);
    for (int off = 0; off < framed.length; off += 160) {
      generator.fill(framed, off, 160);
    }

    assertThat(framed).isEqualTo(whole);
  }

  @Test
  void fillsFramesWithoutAllocating() {
    DualToneGenerator generator = DualToneGenerator.dtmf('#', -10, 8000);
    short[] frame = new short[160];

    long allocated = SignalMeasure.allocatedBytes(() -> generator.fill(frame, 0, 160), 10_000);

    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void rejectsPairsWhosePeaksWouldClip() {
    assertThatThrownBy(() -> new DualToneGenerator(440, -6, 480, -6, 8000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tones at -6.0 and -6.0 dBFS would clip: peaks add up to 46450, above 32767");
    assertThat(new DualToneGenerator(440, -9.04, 480, -9.04, 8000)).isNotNull();
  }

  @Test
  void rejectsKeysThatAreNotDtmf() {
    assertThatThrownBy(() -> DualToneGenerator.dtmf('E', -10, 8000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a DTMF key: 'E'");
  }

  @Test
  void rejectsRatesTooLowForTheHighGroup() {
    assertThatThrownBy(() -> DualToneGenerator.dtmf('A', -10, 3000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below half the sample rate of 3000 Hz: 1633.0 Hz");
  }
}
