package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdpNegotiationExceptionTest {

  @Test
  void answersMalformedSdpWith400AndAMiscellaneousWarning() {
    SdpNegotiationException e = SdpNegotiationException.malformed("malformed SDP, line 2: x");

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.warningCode()).isEqualTo(399);
    assertThat(e.reason()).isEqualTo("malformed SDP, line 2: x").isEqualTo(e.getMessage());
  }

  @Test
  void answersUnacceptableSdpWith488AndTheGivenWarning() {
    SdpNegotiationException e = SdpNegotiationException.notAcceptable(
        SdpNegotiationException.WARNING_INCOMPATIBLE_MEDIA_FORMAT, "no common codec");

    assertThat(e.statusCode()).isEqualTo(488);
    assertThat(e.warningCode()).isEqualTo(305);
    assertThat(e.reason()).isEqualTo("no common codec");
  }
}
