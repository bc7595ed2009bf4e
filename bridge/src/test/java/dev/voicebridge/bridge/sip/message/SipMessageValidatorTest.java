package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipProtocolException;
import gov.nist.javax.sip.message.SIPRequest;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipMessageValidatorTest {

  @Test
  void acceptsCompleteRequest() {
    assertThat(SipMessageValidator.validateRequest(SipFixture.load("invite-basic.sip").request()))
        .isNull();
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({"From", "To", "CSeq", "Max-Forwards"})
  void namesTheMissingMandatoryHeader(String header) throws ParseException {
    SIPRequest request = SipFixture.load("invite-basic.sip").request();
    request.removeHeader(header);

    SipProtocolException defect = SipMessageValidator.validateRequest(request);

    assertThat(defect.statusCode()).isEqualTo(400);
    assertThat(defect.reasonPhrase()).isEqualTo("Missing " + header + " header");
  }

  @Test
  void refusesUnknownUriSchemeWith416() throws ParseException {
    SIPRequest request = SipFixture.load("invite-basic.sip").request();
    request.setRequestURI(SipFactories.addresses().createURI("mailto:x@example.com"));

    assertThat(SipMessageValidator.validateRequest(request).statusCode()).isEqualTo(416);
  }

  @Test
  void answersOptionsThatUsedUpItsHops() throws Exception {
    SIPRequest request = SipFixture.load("options.sip").request();
    request.setHeader(SipFactories.headers().createMaxForwardsHeader(0));

    assertThat(SipMessageValidator.validateRequest(request)).isNull();
  }
}
