package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentConfigTest {

  @Test
  void needsANameAndAProject() {
    assertThatThrownBy(() -> new AgentConfig("", "p", ""))
        .isInstanceOf(InvalidSettingException.class).hasMessage("name: must not be empty");
    assertThatThrownBy(() -> new AgentConfig("a", " ", ""))
        .isInstanceOf(InvalidSettingException.class).hasMessage("project: must not be empty");
  }
}
