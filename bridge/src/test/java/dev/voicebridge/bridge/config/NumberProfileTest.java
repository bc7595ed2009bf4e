package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NumberProfileTest {

  @Test
  void overridesOnlyWhatItNames() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load("session:\n  temperature: 1.0\nprofiles:\n"
        + "  - name: sales\n    match: {exact: '2000'}\n    instructions: Sell.\n");

    NumberProfile sales = config.profiles().get(0);

    assertThat(sales.name()).isEqualTo("sales");
    assertThat(sales.match()).isEqualTo(NumberMatch.of(NumberMatch.Kind.EXACT, "2000"));
    assertThat(sales.profile().session()).isEqualTo(
        config.session().toBuilder().instructions("Sell.").build());
    assertThat(sales.profile().call()).isEqualTo(config.call());
  }

  @Test
  void letsAnIvrNumberRingBeforeItAnswers() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load("profiles:\n"
        + "  - name: ivr\n    match: {prefix: '8'}\n    answer-delay: 3s\n");

    assertThat(config.profileFor("800").call().answerDelay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.profileFor("900").call().answerDelay()).isZero();
  }

  @Test
  void needsAName() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoaderTest.load("profiles:\n  - match: {exact: '1'}\n"));

    assertThat(e).hasMessage("profiles[0].name: every profile needs a name (test.yaml line 2)");
  }
}
