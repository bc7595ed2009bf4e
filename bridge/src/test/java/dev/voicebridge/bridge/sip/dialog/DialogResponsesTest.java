package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTransport;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.nio.charset.StandardCharsets;
import javax.sip.header.ContactHeader;
import org.junit.jupiter.api.Test;

class DialogResponsesTest {
  private static final ContactHeader CONTACT =
      new LocalContact("192.0.2.10", 5060, SipTransport.UDP).contactHeader();

  @Test
  void establishesTheDialogWithTagContactRecordRouteAndSdp() {
    SIPRequest invite = SipFixture.load("invite-record-route.sip").request();
    byte[] sdp = "v=0\r\n".getBytes(StandardCharsets.US_ASCII);

    SIPResponse ok = DialogResponses.create(invite, 200, "tag", CONTACT, sdp);

    assertThat(ok.getToTag()).isEqualTo("tag");
    assertThat(ok.getHeader("Contact").toString()).contains("sip:192.0.2.10:5060");
    assertThat(ok.getHeader("Record-Route").toString()).contains("sip:127.0.0.1:5070;lr");
    assertThat(ok.getRawContent()).isEqualTo(sdp);
    assertThat(ok.getContentTypeHeader().getContentType()).isEqualTo("application");
    assertThat(ok.getHeader("Allow")).isNotNull();
  }

  @Test
  void sendsRingingWithoutBodyOrAllow() {
    SIPResponse ringing = DialogResponses.create(
        SipFixture.load("invite-basic.sip").request(), 180, "tag", CONTACT, null);

    assertThat(ringing.getRawContent()).isNull();
    assertThat(ringing.getHeader("Allow")).isNull();
    assertThat(ringing.getToTag()).isEqualTo("tag");
  }
}
