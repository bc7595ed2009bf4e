package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallProfileTest {

  @Test
  void isNamedDefaultWhenNoNumberProfileApplies() {
    assertThat(BridgeConfig.DEFAULTS.defaultProfile()).isEqualTo(
        new CallProfile("default", CallConfig.DEFAULTS, SessionConfig.DEFAULTS));
  }

  @Test
  void needsEveryPart() {
    assertThatThrownBy(() -> new CallProfile("x", null, SessionConfig.DEFAULTS))
        .isInstanceOf(NullPointerException.class).hasMessage("call");
  }
}
