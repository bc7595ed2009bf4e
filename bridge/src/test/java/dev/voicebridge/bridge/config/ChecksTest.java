package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "::", "2001:db8::1", "::ffff:192.0.2.1"})
  void acceptsIpLiterals(String address) {
    assertThat(Checks.ipLiteral("k", address, false)).isEqualTo(address);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"localhost", "sbc.example.com", "192.0.2", "192.0.2.1 ", "300.1.1.1"})
  void refusesNamesAndBrokenAddresses(String address) {
    assertThatThrownBy(() -> Checks.ipLiteral("k", address, false))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("k: must be an IPv4 or IPv6 address, got '" + address + "'");
  }

  @Test
  void acceptsEmptyOnlyWhenOptional() {
    assertThat(Checks.ipLiteral("k", "", true)).isEmpty();
    assertThatThrownBy(() -> Checks.ipLiteral("k", "", false))
        .isInstanceOf(InvalidSettingException.class);
  }

  @Test
  void refusesHeaderTextThatCouldInjectAHeader() {
    assertThatThrownBy(() -> Checks.headerText("user-agent", "x\r\nVia: evil"))
        .hasMessage("user-agent: must be printable ASCII on one line");
    assertThat(Checks.headerText("user-agent", "acme/1.0 (ivr)")).isEqualTo("acme/1.0 (ivr)");
  }

  @Test
  void checksRangesInclusive() {
    assertThat(Checks.range("k", 1, 1, 2)).isEqualTo(1);
    assertThatThrownBy(() -> Checks.range("k", 3, 1, 2)).hasMessage("k: must be 1-2, got 3");
    assertThatThrownBy(() -> Checks.range("k", Double.NaN, 0.6, 1.2))
        .hasMessage("k: must be 0.6-1.2, got NaN");
  }
}
