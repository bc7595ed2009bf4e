package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ConfigExceptionTest {

  @Test
  void keepsTheMessageAndTheCause() {
    IOException cause = new IOException("disk");

    ConfigException e = new ConfigException("f: cannot read: disk", cause);

    assertThat(e).hasMessage("f: cannot read: disk").hasCause(cause);
  }
}
