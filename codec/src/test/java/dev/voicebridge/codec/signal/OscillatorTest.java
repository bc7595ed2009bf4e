package dev.voicebridge.codec.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OscillatorTest {

  @Test
  void stepsAroundTheUnitCircleAtTheRequestedRate() {
    Oscillator oscillator = new Oscillator(1000, 8000);

    double[] eighths = new double[9];
    for (int i = 0; i < eighths.length; i++) {
      eighths[i] = oscillator.next();
    }

    double half = Math.sqrt(0.5);
    assertThat(eighths)
        .containsExactly(new double[] {0, half, 1, half, 0, -half, -1, -half, 0}, within(1e-12));
  }

  @Test
  void staysInPhaseOverThousandsOfCycles() {
    // 100 Hz at 8 kHz for a minute: the phase wraps 6,000 times and must still be back at zero.
    Oscillator oscillator = new Oscillator(100, 8000);
    for (int i = 0; i < 60 * 8000; i++) {
      oscillator.next();
    }

    assertThat(oscillator.next()).isCloseTo(0, within(1e-9));
  }
}
