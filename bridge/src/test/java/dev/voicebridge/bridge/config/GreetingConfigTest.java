package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.voicebridge.bridge.config.GreetingConfig.Type;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GreetingConfigTest {

  @Test
  void readsAnInstructionsGreeting() throws Exception {
    GreetingConfig greeting = ConfigLoaderTest.load(
        "call:\n  greeting:\n    type: Instructions\n    instructions: Say hello.\n")
        .call().greeting();

    assertThat(greeting.type()).isEqualTo(Type.INSTRUCTIONS);
    assertThat(greeting.instructions()).isEqualTo("Say hello.");
  }

  @Test
  void needsTextForAnInstructionsGreeting() {
    assertThatThrownBy(() -> new GreetingConfig(Type.INSTRUCTIONS, "", 440,
        Duration.ofMillis(500))).hasMessage("instructions: must not be empty");
  }

  @Test
  void keepsTheToneInsideTheTelephoneBand() {
    assertThatThrownBy(() -> new GreetingConfig(Type.TONE, "", 5000, Duration.ofMillis(500)))
        .hasMessage("tone-frequency: must be 300-3400, got 5000");
  }

  @Test
  void namesTheAllowedTypes() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoaderTest.load("call:\n  greeting:\n    type: music\n"));

    assertThat(e).hasMessage("call.greeting.type: unknown greeting type 'music'; allowed: none,"
        + " instructions, tone (test.yaml line 3)");
  }
}
