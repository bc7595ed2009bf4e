package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipStatsTest {
  private final SipStats stats = new SipStats();

  @Test
  void countsRequestsByMethodAndResponsesByStatus() {
    stats.requestReceived("INVITE");
    stats.requestReceived("INVITE");
    stats.responseSent(200);

    SipStatsSnapshot snapshot = stats.snapshot();

    assertThat(snapshot.requestsReceived("INVITE")).isEqualTo(2);
    assertThat(snapshot.responsesSent(200)).isEqualTo(1);
    assertThat(snapshot.responsesSent(404)).isZero();
  }

  @Test
  void countsInventedMethodsAsOtherSoTheMapStaysBounded() {
    for (int i = 0; i < 100; i++) {
      stats.requestReceived("X" + i);
    }

    assertThat(stats.snapshot().requestsReceived()).containsOnlyKeys("OTHER");
  }

  @Test
  void snapshotDoesNotChangeAfterwards() {
    stats.overloadRejection();
    SipStatsSnapshot snapshot = stats.snapshot();

    stats.overloadRejection();
    stats.requestReceived("BYE");

    assertThat(snapshot.overloadRejections()).isEqualTo(1);
    assertThat(snapshot.requestsReceived()).isEmpty();
  }
}
