package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InterarrivalJitterTest {
  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  @Test
  void steadySpacingHasNoJitter() {
    InterarrivalJitter jitter = new InterarrivalJitter(8000);
    for (int i = 0; i < 50; i++) {
      jitter.update(5_000 * MS + i * 20 * MS, 1234 + i * 160L);
    }
    assertThat(jitter.jitter()).isZero();
    assertThat(jitter.jitterMillis()).isZero();
  }

  @Test
  void followsTheRfcRecurrence() {
    InterarrivalJitter jitter = new InterarrivalJitter(8000);
    jitter.update(0, 0);
    jitter.update(30 * MS, 160); // D = 240 - 160 = 80 units: J = 80/16 = 5 units
    assertThat(jitter.jitter()).isEqualTo(5);
    jitter.update(40 * MS, 320); // D = 80 - 160 = -80: J = 5 + (80 - 5)/16
    assertThat(jitter.jitterMillis()).isEqualTo((80 + 80 - 5.0) / 16 * 1000 / 8000);
  }

  @Test
  void convergesToTheMeanDeviation() {
    InterarrivalJitter jitter = new InterarrivalJitter(8000);
    for (int i = 0; i < 300; i++) {
      long late = (i % 2) * 10 * MS; // every other packet 10 ms late: |D| = 10 ms
      jitter.update(i * 20 * MS + late, i * 160L);
    }
    assertThat(jitter.jitterMillis()).isBetween(9.9, 10.0);
  }

  @Test
  void handlesTimestampWrap() {
    InterarrivalJitter jitter = new InterarrivalJitter(8000);
    long timestamp = (1L << 32) - 320;
    for (int i = 0; i < 10; i++) {
      jitter.update(i * 20 * MS, (timestamp + i * 160L) & 0xFFFF_FFFFL);
    }
    assertThat(jitter.jitter()).isZero();
  }

  @Test
  void restartSkipsOnePairButKeepsTheEstimate() {
    InterarrivalJitter jitter = new InterarrivalJitter(8000);
    jitter.update(0, 0);
    jitter.update(30 * MS, 160);
    jitter.restart();
    jitter.update(10_000 * MS, 160 * 1000); // a DTX jump unrelated to the network

    assertThat(jitter.jitter()).isEqualTo(5);
    jitter.reset();
    assertThat(jitter.jitter()).isZero();
  }
}
