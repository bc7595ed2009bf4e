package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalServerConfigTest {

  @Test
  void defaultsToTheEchoAgentOnAnyFreePort() {
    assertThat(LocalServerConfig.DEFAULTS).isEqualTo(new LocalServerConfig(0, "echo"));
  }

  @Test
  void refusesABadAgentNameOrPort() {
    assertThatThrownBy(() -> new LocalServerConfig(0, "Echo Bot"))
        .hasMessage("agent: must be an agent name like echo, got 'Echo Bot'");
    assertThatThrownBy(() -> new LocalServerConfig(70000, "echo"))
        .hasMessage("port: must be 0-65535, got 70000");
  }
}
