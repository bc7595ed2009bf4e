package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void printsAsAMaskEvenInsideOtherObjects() {
    Secret secret = Secret.of("sk-0123456789");

    assertThat(secret).hasToString("****");
    assertThat(Optional.of(secret).toString()).isEqualTo("Optional[****]");
    assertThat(secret.reveal()).isEqualTo("sk-0123456789");
  }

  @Test
  void comparesByValue() {
    assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    assertThat(Secret.of("a")).hasSameHashCodeAs(Secret.of("a"));
  }

  @Test
  void refusesABlankSecret() {
    assertThatThrownBy(() -> Secret.of(" ")).hasMessage("a secret cannot be blank");
  }
}
