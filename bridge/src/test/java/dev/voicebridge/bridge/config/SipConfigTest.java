package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipConfigTest {

  @Test
  void defaultsToPort5060OnAllInterfacesWithRfc3261Timers() {
    SipConfig sip = SipConfig.DEFAULTS;

    assertThat(sip.udpPort()).isEqualTo(SipConfig.DEFAULT_SIP_PORT).isEqualTo(5060);
    assertThat(sip.tcpPort()).isEqualTo(5060);
    assertThat(sip.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(sip.effectiveAdvertisedPort()).isEqualTo(5060);
    assertThat(sip.t1()).isEqualTo(Duration.ofMillis(500));
    assertThat(sip.t2()).isEqualTo(Duration.ofSeconds(4));
    assertThat(sip.t4()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void advertisesItsOwnPortUnlessToldOtherwise() {
    assertThat(SipConfig.newBuilder().udpPort(5070).build().effectiveAdvertisedPort())
        .isEqualTo(5070);
    assertThat(SipConfig.newBuilder().advertisedPort(15060).build().effectiveAdvertisedPort())
        .isEqualTo(15060);
  }

  @Test
  void letsTheTcpPortFollowTheUdpPortInYaml() throws Exception {
    assertThat(ConfigLoaderTest.load("sip:\n  udp-port: 5070\n").sip().tcpPort()).isEqualTo(5070);
    assertThat(ConfigLoaderTest.load("sip:\n  udp-port: 5070\n  tcp-port: 0\n").sip()
        .tcpEnabled()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      retry-after fraction | retry-after | must be whole seconds, got 1500ms
      user agent empty     | user-agent  | must not be empty
      bind to a name       | bind-address | must be an IPv4 or IPv6 address, got 'localhost'
      """)
  void refusesSettingsTheSipLayerCannotUse(String name, String key, String problem) {
    SipConfig.Builder builder = SipConfig.newBuilder();
    switch (key) {
      case "retry-after" -> builder.retryAfter(Duration.ofMillis(1500));
      case "user-agent" -> builder.userAgent(" ");
      default -> builder.bindAddress("localhost");
    }

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage(key + ": " + problem);
  }

  @Test
  void refusesAnAdvertisedHostWithSpaces() {
    assertThatThrownBy(() -> SipConfig.newBuilder().advertisedHost("a b").build())
        .hasMessage("advertised-host: must be a host name or an IP");
  }
}
