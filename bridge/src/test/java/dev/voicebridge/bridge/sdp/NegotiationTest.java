package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NegotiationTest {

  @Test
  void needsBothTheMediaAndTheAnswer() {
    assertThatThrownBy(() -> new Negotiation(null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("media");
  }
}
