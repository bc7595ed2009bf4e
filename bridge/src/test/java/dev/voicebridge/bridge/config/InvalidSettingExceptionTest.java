package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidSettingExceptionTest {

  @Test
  void carriesTheKeyAndTheProblemSeparately() {
    InvalidSettingException e = new InvalidSettingException("udp-port", "must be 1-65535, got 0");

    assertThat(e.key()).isEqualTo("udp-port");
    assertThat(e.problem()).isEqualTo("must be 1-65535, got 0");
    assertThat(e).hasMessage("udp-port: must be 1-65535, got 0")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
