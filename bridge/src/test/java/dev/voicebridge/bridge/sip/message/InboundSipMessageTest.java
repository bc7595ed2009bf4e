package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipProtocolException;
import org.junit.jupiter.api.Test;

class InboundSipMessageTest {

  @Test
  void tellsRequestsFromResponses() {
    assertThat(SipFixture.load("options.sip").inbound().isRequest()).isTrue();
    assertThat(SipFixture.load("response-200-bye.sip").inbound().isRequest()).isFalse();
  }

  @Test
  void refusesADefectOnAResponse() {
    var response = SipFixture.load("response-200-bye.sip").response();

    assertThatThrownBy(() -> new InboundSipMessage(
            response, SipFixture.CALLER, new SipProtocolException(400, "Bad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Only requests are answered with a defect");
  }
}
