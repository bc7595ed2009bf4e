package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipLiveCountsTest {

  @ParameterizedTest(name = "{0} {1} {2} -> idle {3}")
  @CsvSource({"0, 0, 0, true", "1, 0, 0, false", "0, 1, 0, false", "0, 0, 1, false"})
  void isIdleOnlyWhenNothingIsHeld(int transactions, int dialogs, int timers, boolean idle) {
    assertThat(new SipLiveCounts(transactions, dialogs, timers).isIdle()).isEqualTo(idle);
  }
}
