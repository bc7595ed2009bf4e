package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingConfigTest {

  @Test
  void defaultsToInfoAndReadsALevelInAnyCase() throws Exception {
    assertThat(LoggingConfig.DEFAULTS.level()).isEqualTo(LogLevel.INFO);
    assertThat(ConfigLoaderTest.load("logging:\n  level: WARN\n").logging().level())
        .isEqualTo(LogLevel.WARN);
  }
}
