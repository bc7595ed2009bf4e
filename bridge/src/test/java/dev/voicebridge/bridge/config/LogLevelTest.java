package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogLevelTest {

  @Test
  void parsesCaseInsensitivelyAndWritesLowerCase() {
    assertThat(LogLevel.parse("Debug")).isEqualTo(LogLevel.DEBUG);
    assertThat(LogLevel.TRACE.yamlName()).isEqualTo("trace");
  }

  @Test
  void namesTheAllowedLevels() {
    assertThatThrownBy(() -> LogLevel.parse("verbose"))
        .hasMessage("unknown log level 'verbose'; allowed: trace, debug, info, warn, error, off");
  }
}
