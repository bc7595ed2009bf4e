package dev.voicebridge.bridge.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SipProtocolExceptionTest {

  @Test
  void carriesTheResponseToSend() {
    SipProtocolException e = new SipProtocolException(400, "Missing Call-ID header");

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.reasonPhrase()).isEqualTo("Missing Call-ID header");
    assertThat(e).hasMessage("Missing Call-ID header");
  }

  @Test
  void refusesStatusesThatAreNotErrors() {
    assertThatThrownBy(() -> new SipProtocolException(200, "OK"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a final error status: 200");
  }
}
