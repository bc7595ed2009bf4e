package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SipConfigTest {

  @Test
  void defaultsToPort5060OnBothTransportsWithRfcTimers() {
    SipConfig config = SipConfig.newBuilder().build();

    assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(config.udpPort()).isEqualTo(5060);
    assertThat(config.tcpPort()).isEqualTo(5060);
    assertThat(config.timers()).isEqualTo(SipTimers.DEFAULT);
    assertThat(config.maxCalls()).isEqualTo(1000);
    assertThat(config.advertisedHost()).isNull();
  }

  @Test
  void toBuilderKeepsEverySetting() {
    SipConfig config = SipConfig.newBuilder().udpPort(0).tcpPort(SipConfig.DISABLED)
        .advertisedHost("203.0.113.7").advertisedPort(15060).maxCalls(5)
        .retryAfter(Duration.ofSeconds(9)).inviteTimeout(Duration.ofSeconds(20))
        .userAgent("test/1").maxMessageSize(4096).build();

    assertThat(config.toBuilder().build()).isEqualTo(config);
  }

  @Test
  void refusesTurningBothTransportsOff() {
    assertThatThrownBy(() -> SipConfig.newBuilder().udpPort(SipConfig.DISABLED)
            .tcpPort(SipConfig.DISABLED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("At least one of UDP and TCP must be enabled");
  }

  @Test
  void refusesPortsOutOfRange() {
    assertThatThrownBy(() -> SipConfig.newBuilder().udpPort(70_000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("udpPort out of range: 70000");
  }
}
