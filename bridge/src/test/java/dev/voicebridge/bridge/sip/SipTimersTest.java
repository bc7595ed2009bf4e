package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SipTimersTest {

  @Test
  void derivesTheTransactionTimeoutAs64T1() {
    assertThat(SipTimers.DEFAULT.timeoutMillis()).isEqualTo(32_000);
  }

  @Test
  void backoffDoublesUpToT2() {
    SipTimers timers = SipTimers.DEFAULT;

    assertThat(timers.backoff(500)).isEqualTo(1_000);
    assertThat(timers.backoff(2_000)).isEqualTo(4_000);
    assertThat(timers.backoff(4_000)).isEqualTo(4_000);
  }

  @Test
  void scalesEveryTimerWithT1KeepingTheRfcRatios() {
    SipTimers timers = SipTimers.scaledTo(Duration.ofMillis(10));

    assertThat(timers.t2Millis()).isEqualTo(80);
    assertThat(timers.t4Millis()).isEqualTo(100);
    assertThat(timers.timerDMillis()).isEqualTo(640);
  }

  @Test
  void refusesT2BelowT1() {
    assertThatThrownBy(() -> new SipTimers(Duration.ofSeconds(2), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(32)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
