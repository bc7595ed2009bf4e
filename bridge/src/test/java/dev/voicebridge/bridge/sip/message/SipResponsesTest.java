package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.ArrayList;
import java.util.List;
import javax.sip.header.AllowHeader;
import org.junit.jupiter.api.Test;

class SipResponsesTest {
  private final SIPRequest invite = SipFixture.load("invite-basic.sip").request();

  @Test
  void copiesViaFromToCallIdAndCSeq() {
    SIPResponse response = SipResponses.create(invite, 486);

    assertThat(response.getStatusCode()).isEqualTo(486);
    assertThat(response.getTopmostVia().getBranch()).isEqualTo("z9hG4bK-branch-1");
    assertThat(response.getFromTag()).isEqualTo("caller-tag");
    assertThat(response.getCallId().getCallId()).isEqualTo("call-1@127.0.0.1");
    assertThat(response.getCSeq().getMethod()).isEqualTo("INVITE");
  }

  @Test
  void addsAToTagToEveryResponseButTrying() {
    assertThat(SipResponses.create(invite, 100).getToTag()).isNull();
    assertThat(SipResponses.create(invite, 404).getToTag()).isNotNull();
    assertThat(SipResponses.create(invite, 180, null, "dialog").getToTag()).isEqualTo("dialog");
  }

  @Test
  void usesTheGivenReasonPhrase() {
    assertThat(SipResponses.create(invite, 400, "Missing Call-ID header").getReasonPhrase())
        .isEqualTo("Missing Call-ID header");
  }

  @Test
  void addsOneAllowHeaderPerMethod() {
    SIPResponse response = SipResponses.create(invite, 405);

    SipResponses.addAllow(response);

    List<String> methods = new ArrayList<>();
    response.getHeaders(AllowHeader.NAME)
        .forEachRemaining(h -> methods.add(((AllowHeader) h).getMethod()));
    assertThat(methods).containsExactlyElementsOf(SipResponses.ALLOWED_METHODS);
  }

  @Test
  void carriesTheServerHeaderSetOnce() {
    SipFactories.useProduct("voicebridge");

    assertThat(SipResponses.create(invite, 200).getHeader("Server").toString())
        .contains("voicebridge");
  }
}
