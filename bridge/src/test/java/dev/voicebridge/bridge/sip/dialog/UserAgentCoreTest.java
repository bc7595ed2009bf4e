package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.IncomingInvite;
import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import javax.sip.header.AllowHeader;
import javax.sip.header.UnsupportedHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserAgentCoreTest {
  private final UasHarness uas = new UasHarness();

  @Test
  void handsNewInviteToTheCallLayerWithWhatItSays() {
    uas.receive(SipFixture.load("invite-basic.sip"));

    assertThat(uas.response().getStatusCode()).isEqualTo(100);
    IncomingInvite invite = uas.calls.lastInvite();
    assertThat(invite.callId()).isEqualTo("call-1@127.0.0.1");
    assertThat(invite.calledNumber()).isEqualTo("4930123");
    assertThat(invite.fromUri()).isEqualTo("sip:alice@127.0.0.1:5062");
    assertThat(invite.fromDisplayName()).isEqualTo("Alice");
    assertThat(invite.toUri()).isEqualTo("sip:4930123@127.0.0.1:5060");
    assertThat(invite.requestUri()).isEqualTo("sip:4930123@127.0.0.1:5060");
    assertThat(invite.header("Allow")).startsWith("INVITE");
    assertThat(new String(invite.sdp(), StandardCharsets.US_ASCII)).startsWith("v=0");
    assertThat(invite.sourceAddress()).isEqualTo(SipFixture.CALLER);
    assertThat(invite.transport()).isEqualTo(SipTransport.UDP);
    assertThat(invite.eventLoop()).isSameAs(uas.loop.channel().eventLoop());
    assertThat(uas.core.liveDialogs()).isEqualTo(1);
    invite.reject(486, "Busy Here");
    uas.assertAllFreed();
  }

  @Test
  void refusesInviteBeyondCapacityWith503AndRetryAfterBeforeTheCallLayerSeesIt() {
    uas.receive(SipFixture.load("invite-basic.sip").with("call_id", "a"));
    uas.receive(SipFixture.load("invite-basic.sip").with("call_id", "b"));
    uas.loop.sent();

    uas.receive(SipFixture.load("invite-basic.sip").with("call_id", "c"));

    List<SIPResponse> responses = responses();
    assertThat(responses).extracting(SIPResponse::getStatusCode).containsExactly(100, 503);
    assertThat(responses.get(1).getHeader("Retry-After").toString().trim())
        .isEqualTo("Retry-After: 7");
    assertThat(uas.calls.invites).hasSize(2);
    assertThat(uas.loop.stats().snapshot().overloadRejections()).isEqualTo(1);
    uas.calls.invites.forEach(invite -> invite.reject(486, "Busy Here"));
    uas.assertAllFreed();
  }

  @Test
  void refusesTheSameInviteArrivingOnAnotherBranchWith482() {
    uas.receive(SipFixture.load("invite-basic.sip"));
    uas.loop.sent();

    uas.receive(SipFixture.load("invite-basic.sip").with("branch", "z9hG4bK-other-path"));

    assertThat(responses()).extracting(SIPResponse::getStatusCode).containsExactly(100, 482);
    assertThat(uas.calls.invites).hasSize(1);
    uas.calls.lastInvite().reject(486, "Busy Here");
    uas.assertAllFreed();
  }

  @Test
  void refusesInviteWithABodyThatIsNotSdpWith415() {
    String invite = SipFixture.load("invite-basic.sip").text()
        .replace("Content-Type: application/sdp", "Content-Type: application/isup");

    uas.transactions.receive(parse(invite), uas.loop.flow(), uas.loop.scheduler());

    SIPResponse response = responses().get(1);
    assertThat(response.getStatusCode()).isEqualTo(415);
    assertThat(response.getHeader("Accept").toString()).contains("application/sdp");
    assertThat(uas.calls.invites).isEmpty();
    uas.assertAllFreed();
  }

  @Test
  void refusesRequiredExtensionWith420ListingItAsUnsupported() {
    uas.receive(SipFixture.load("invite-require-100rel.sip"));

    SIPResponse response = responses().get(1);
    assertThat(response.getStatusCode()).isEqualTo(420);
    assertThat(((UnsupportedHeader) response.getHeader("Unsupported")).getOptionTag())
        .isEqualTo("100rel");
    assertThat(uas.calls.invites).isEmpty();
    uas.assertAllFreed();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"register.sip", "message-unknown-method.sip"})
  void refusesMethodsTheBridgeDoesNotDoWith405AndAllow(String fixture) {
    uas.receive(SipFixture.load(fixture));

    SIPResponse response = uas.response();
    assertThat(response.getStatusCode()).isEqualTo(405);
    assertThat(allowed(response)).containsExactly(
        "INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "INFO");
    uas.assertAllFreed();
  }

  @ParameterizedTest(name = "to tag {0}")
  @CsvSource({"false", "true"})
  void answersOptionsInAndOutOfDialogs(boolean inDialog) {
    String text = SipFixture.load("options.sip").text();
    if (inDialog) {
      text = text.replace("To: <sip:4930123@127.0.0.1:5060>",
          "To: <sip:4930123@127.0.0.1:5060>;tag=x");
    }

    uas.transactions.receive(parse(text), uas.loop.flow(), uas.loop.scheduler());

    SIPResponse response = uas.response();
    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(allowed(response)).contains("INVITE", "BYE", "OPTIONS");
    assertThat(response.getHeader("Accept").toString()).contains("application/sdp");
    assertThat(response.getHeader("Supported")).isNotNull();
    assertThat(response.getToTag()).isNotNull();
    uas.assertAllFreed();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bye.sip", "info-dtmf.sip", "reinvite.sip"})
  void answers481ToRequestsForUnknownDialogs(String fixture) {
    uas.receive(SipFixture.load(fixture));

    List<SIPResponse> responses = responses();
    SIPResponse last = responses.get(responses.size() - 1);
    assertThat(last.getStatusCode()).isEqualTo(481);
    assertThat(last.getReasonPhrase()).isEqualTo("Call/Transaction Does Not Exist");
    uas.assertAllFreed();
  }

  @Test
  void absorbsAckForUnknownDialogSilently() {
    uas.receive(SipFixture.load("ack.sip"));

    assertThat(uas.loop.sent()).isEmpty();
    assertThat(uas.loop.stats().snapshot().strayMessages()).isEqualTo(1);
    uas.assertAllFreed();
  }

  @Test
  void answers481ToCancelWithoutInvite() {
    uas.receive(SipFixture.load("cancel.sip").with("cseq", 1));

    assertThat(uas.response().getStatusCode()).isEqualTo(481);
    uas.assertAllFreed();
  }

  @Test
  void answers500AndForgetsTheCallWhenTheCallLayerThrows() {
    uas.calls.answering(invite -> {
      throw new IllegalStateException("call layer bug");
    });

    uas.receive(SipFixture.load("invite-basic.sip"));

    assertThat(responses()).extracting(SIPResponse::getStatusCode).containsExactly(100, 500);
    assertThat(uas.calls.events).isEmpty();
    uas.assertAllFreed();
  }

  private List<SIPResponse> responses() {
    List<SIPResponse> responses = new ArrayList<>();
    uas.loop.sent().forEach(message -> responses.add((SIPResponse) message));
    return responses;
  }

  private static List<String> allowed(SIPResponse response) {
    List<String> methods = new ArrayList<>();
    response.getHeaders(AllowHeader.NAME)
        .forEachRemaining(header -> methods.add(((AllowHeader) header).getMethod()));
    return methods;
  }

  private static InboundSipMessage parse(String text) {
    try {
      return new SipMessageParser().parse(text.getBytes(StandardCharsets.UTF_8), SipFixture.CALLER);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
