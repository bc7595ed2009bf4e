package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipDialog;
import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.SipTransport;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sip.header.ContactHeader;
import javax.sip.header.RouteHeader;
import org.junit.jupiter.api.Test;

class ServerDialogTest {
  private static final byte[] ANSWER =
      "v=0\r\no=bridge 1 1 IN IP4 192.0.2.10\r\n".getBytes(StandardCharsets.US_ASCII);

  private final UasHarness uas = new UasHarness();

  @Test
  void completesCallFromInviteToRemoteBye() {
    uas.calls.answering(invite -> {
      invite.sendRinging();
      invite.accept(ANSWER);
    });

    uas.receive(SipFixture.load("invite-record-route.sip"));

    List<SIPMessage> sent = uas.loop.sent();
    assertThat(sent).extracting(m -> ((SIPResponse) m).getStatusCode())
        .containsExactly(100, 180, 200);
    SIPResponse ringing = (SIPResponse) sent.get(1);
    SIPResponse ok = (SIPResponse) sent.get(2);
    assertThat(ringing.getToTag()).isNotNull().isEqualTo(ok.getToTag());
    assertThat(ringing.getHeader("Record-Route").toString()).contains("sip:127.0.0.1:5070;lr");
    assertThat(ok.getHeader("Record-Route").toString()).contains("sip:127.0.0.1:5070;lr");
    assertThat(((ContactHeader) ok.getHeader("Contact")).getAddress().getURI().toString())
        .isEqualTo("sip:192.0.2.10:5060");
    assertThat(ok.getRawContent()).isEqualTo(ANSWER);
    assertThat(ok.getContentTypeHeader().getContentSubType()).isEqualTo("sdp");

    uas.receive(SipFixture.load("ack.sip").with("cseq", 1).with("to_tag", ok.getToTag())
        .with("branch", "z9hG4bK-ack"));
    uas.receive(SipFixture.load("bye.sip").with("to_tag", ok.getToTag())
        .with("branch", "z9hG4bK-bye"));

    assertThat(uas.response().getStatusCode()).isEqualTo(200);
    assertThat(uas.calls.events).containsExactly("ack:null", "bye");
    uas.assertAllFreed();
  }

  @Test
  void retransmits2xxFromT1DoublingToT2UntilTheAckArrives() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());

    StringBuilder times = new StringBuilder();
    for (long now = 10; now <= 1_600; now += 10) {
      uas.loop.advance(10);
      if (!uas.loop.sent().isEmpty()) {
        times.append(now).append(' ');
      }
    }
    uas.receive(ack(tag));
    uas.loop.advance(5_000);

    assertThat(times.toString().trim()).isEqualTo("100 300 700 1500");
    assertThat(uas.loop.sent()).isEmpty();
    assertThat(uas.calls.events).containsExactly("ack:null");
    assertThat(uas.loop.stats().snapshot().retransmissionsSent()).isEqualTo(4);
    hangUpRemotely(tag);
  }

  @Test
  void endsTheDialogWithByeWhenNoAckArrivesWithin64T1() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());

    uas.loop.advance(SipTestLoop.TIMERS.timeoutMillis());

    List<SIPMessage> sent = uas.loop.sent();
    SIPRequest bye = (SIPRequest) sent.get(sent.size() - 1);
    assertThat(bye.getMethod()).isEqualTo("BYE");
    assertThat(bye.getFromTag()).isEqualTo(tag);
    assertThat(uas.calls.events).containsExactly("terminated:NO_ACK");
    assertThat(uas.core.liveDialogs()).isZero();
    uas.assertAllFreed();
  }

  @Test
  void handsTheAnswerInTheAckToTheCallLayerWhenTheInviteHadNoOffer() {
    uas.calls.answering(invite -> {
      assertThat(invite.sdp()).isNull();
      invite.accept(ANSWER);
    });
    uas.receive(SipFixture.load("invite-offerless.sip"));
    String tag = toTag(uas.loop.sent());

    uas.receive(SipFixture.load("ack-with-answer.sip").with("cseq", 1).with("to_tag", tag)
        .with("branch", "z9hG4bK-ack"));

    assertThat(uas.calls.events).containsExactly("ack:v=0");
    hangUpRemotely(tag);
  }

  @Test
  void cancelBeforeAnswerGets200AndTheInvite487AndTellsTheCallLayer() {
    uas.receive(SipFixture.load("invite-basic.sip"));
    uas.calls.lastInvite().sendRinging();
    uas.loop.sent();

    uas.receive(SipFixture.load("cancel.sip").with("cseq", 1));

    List<SIPMessage> sent = uas.loop.sent();
    assertThat(sent).extracting(m -> ((SIPResponse) m).getStatusCode()).containsExactly(200, 487);
    assertThat(((SIPResponse) sent.get(0)).getCSeq().getMethod()).isEqualTo("CANCEL");
    assertThat(((SIPResponse) sent.get(1)).getCSeq().getMethod()).isEqualTo("INVITE");
    assertThat(uas.calls.events).containsExactly("cancelled");
    uas.calls.lastInvite().accept(ANSWER);
    uas.receive(SipFixture.load("ack.sip").with("cseq", 1)
        .with("to_tag", ((SIPResponse) sent.get(1)).getToTag()));
    assertThat(uas.loop.sent()).as("late accept ignored, ACK of 487 absorbed").isEmpty();
    uas.assertAllFreed();
  }

  @Test
  void bridgeByeUsesRouteSetRemoteTargetTagsAndNextCSeq() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-record-route.sip"));
    String tag = toTag(uas.loop.sent());
    uas.receive(ack(tag));
    SipDialog dialog = dialog();

    dialog.bye();

    SIPRequest bye = uas.request();
    assertThat(bye.getMethod()).isEqualTo("BYE");
    assertThat(bye.getRequestURI().toString()).isEqualTo("sip:alice@127.0.0.1:5062;transport=udp");
    assertThat(((RouteHeader) bye.getHeader("Route")).getAddress().getURI().toString())
        .isEqualTo("sip:127.0.0.1:5070;lr");
    assertThat(bye.getFromTag()).isEqualTo(tag);
    assertThat(bye.getToTag()).isEqualTo("caller-tag");
    assertThat(bye.getCallId().getCallId()).isEqualTo("call-1@127.0.0.1");
    assertThat(bye.getCSeq().getSeqNumber()).isEqualTo(1);
    assertThat(bye.getTopmostVia().getBranch()).startsWith("z9hG4bK");
    assertThat(bye.getTopmostVia().getHost()).isEqualTo("192.0.2.10");
    assertThat(bye.getTopmostVia().hasParameter("rport")).isTrue();
    dialog.bye();
    assertThat(uas.loop.sent()).as("bye() is idempotent").isEmpty();

    uas.receive(SipFixture.load("response-200-bye.sip").with("cseq", 1).with("to_tag", tag)
        .with("branch", bye.getTopmostVia().getBranch()));

    assertThat(uas.calls.events).containsExactly("ack:null", "terminated:LOCAL_BYE");
    uas.assertAllFreed();
  }

  @Test
  void sendsByeToTheFirstRouteOverUdp() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-record-route.sip"));
    uas.receive(ack(toTag(uas.loop.sent())));

    dialog().bye();

    assertThat(uas.loop.sentTo()).containsExactly(new InetSocketAddress("127.0.0.1", 5070));
    uas.loop.advance(SipTestLoop.TIMERS.timeoutMillis());
    uas.assertAllFreed();
  }

  @Test
  void reportsByeTimeoutWhenTheByeIsNeverAnswered() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    uas.receive(ack(toTag(uas.loop.sent())));

    dialog().bye();
    uas.loop.advance(SipTestLoop.TIMERS.timeoutMillis());

    assertThat(uas.calls.events).containsExactly("ack:null", "terminated:BYE_TIMEOUT");
    uas.assertAllFreed();
  }

  @Test
  void byeBeforeTheAckWaitsForIt() {
    uas.calls.answering(invite -> invite.accept(ANSWER).bye());
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());

    uas.receive(ack(tag));

    SIPRequest bye = uas.request();
    assertThat(bye.getMethod()).isEqualTo("BYE");
    uas.loop.advance(SipTestLoop.TIMERS.timeoutMillis());
    assertThat(uas.calls.events).containsExactly("ack:null", "terminated:BYE_TIMEOUT");
    uas.assertAllFreed();
  }

  @Test
  void handsReInviteToTheCallLayerAndAnswersWithItsSdp() {
    uas.calls.answering(invite -> invite.accept(ANSWER))
        .answeringReInvites(reInvite -> reInvite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());
    uas.receive(ack(tag));

    uas.receive(SipFixture.load("reinvite.sip").with("to_tag", tag).with("branch", "z9hG4bK-re"));

    List<SIPMessage> sent = uas.loop.sent();
    SIPResponse ok = (SIPResponse) sent.get(sent.size() - 1);
    assertThat(ok.getStatusCode()).isEqualTo(200);
    assertThat(ok.getCSeq().getSeqNumber()).isEqualTo(2);
    assertThat(ok.getRawContent()).isEqualTo(ANSWER);
    assertThat(new String(uas.calls.reInvites.get(0).sdp(), StandardCharsets.US_ASCII))
        .contains("a=sendonly");
    uas.receive(SipFixture.load("ack.sip").with("to_tag", tag).with("branch", "z9hG4bK-ack2"));
    uas.loop.advance(5_000);
    assertThat(uas.loop.sent()).as("the re-INVITE's 2xx stops at its ACK").isEmpty();
    assertThat(uas.calls.events).containsExactly("ack:null", "reinvite", "ack:null");
    hangUpRemotely(tag);
  }

  @Test
  void refusesReInviteWith488ByDefault() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());
    uas.receive(ack(tag));

    uas.receive(SipFixture.load("reinvite.sip").with("to_tag", tag).with("branch", "z9hG4bK-re"));

    assertThat(uas.loop.sentStatuses()).containsExactly(100, 488);
    hangUpRemotely(tag);
  }

  @Test
  void answersReInviteWhileAnotherIsPendingWith500AndRetryAfter() {
    uas.calls.answering(invite -> invite.accept(ANSWER)).answeringReInvites(reInvite -> {});
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());
    uas.receive(ack(tag));
    uas.receive(SipFixture.load("reinvite.sip").with("to_tag", tag).with("branch", "z9hG4bK-1"));
    uas.loop.sent();

    uas.receive(SipFixture.load("reinvite.sip").with("to_tag", tag).with("branch", "z9hG4bK-2")
        .with("cseq", 3));

    List<SIPMessage> sent = uas.loop.sent();
    SIPResponse busy = (SIPResponse) sent.get(sent.size() - 1);
    assertThat(busy.getStatusCode()).isEqualTo(500);
    assertThat(busy.getHeader("Retry-After")).isNotNull();
    hangUpRemotely(tag);
  }

  @Test
  void answersReInviteWith491WhileOur2xxAwaitsItsAck() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());

    uas.receive(SipFixture.load("reinvite.sip").with("to_tag", tag).with("branch", "z9hG4bK-re"));

    assertThat(uas.loop.sentStatuses()).containsExactly(100, 491);
    uas.receive(ack(tag));
    hangUpRemotely(tag);
  }

  @Test
  void answersInfo200AndHandsItToTheCallLayer() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());
    uas.receive(ack(tag));

    uas.receive(SipFixture.load("info-dtmf.sip").with("to_tag", tag).with("branch", "z9hG4bKi"));

    assertThat(uas.loop.sentStatuses()).containsExactly(200);
    assertThat(uas.calls.events).containsExactly("ack:null", "info:application/dtmf-relay");
    hangUpRemotely(tag);
  }

  @Test
  void refusesRequestWithLowerCSeqThanTheLastOneWith500() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());
    uas.receive(ack(tag));
    uas.receive(SipFixture.load("info-dtmf.sip").with("to_tag", tag).with("cseq", 5)
        .with("branch", "z9hG4bK-i1"));
    uas.loop.sent();

    uas.receive(SipFixture.load("info-dtmf.sip").with("to_tag", tag).with("cseq", 4)
        .with("branch", "z9hG4bK-i2"));

    assertThat(uas.loop.sentStatuses()).containsExactly(500);
    hangUpRemotely(tag);
  }

  @Test
  void absorbsInviteRetransmittedAfterThe2xx() {
    uas.calls.answering(invite -> invite.accept(ANSWER));
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = toTag(uas.loop.sent());

    uas.receive(SipFixture.load("invite-basic.sip"));

    assertThat(uas.loop.sent()).isEmpty();
    assertThat(uas.calls.invites).hasSize(1);
    uas.receive(ack(tag));
    hangUpRemotely(tag);
  }

  @Test
  void answers480WhenTheCallLayerNeverAnswers() {
    uas.receive(SipFixture.load("invite-basic.sip"));
    uas.loop.sent();

    uas.loop.advance(30_000);

    assertThat(uas.loop.sentStatuses()).first().isEqualTo(480);
    assertThat(uas.calls.events).containsExactly("terminated:UNANSWERED");
    uas.receive(SipFixture.load("ack.sip").with("cseq", 1));
    uas.assertAllFreed();
  }

  @Test
  void rejectsWithRetryAfterAndExtraHeadersAndReportsIt() {
    uas.receive(SipFixture.load("invite-basic.sip").with("call_id", "a"));
    uas.receive(SipFixture.load("invite-basic.sip").with("call_id", "b"));
    uas.loop.sent();

    uas.calls.invites.get(0).reject(503, "Service Unavailable", Duration.ofSeconds(30));
    uas.calls.invites.get(1).reject(603, "Decline", Map.of("Reason", "Q.850;cause=21"));

    List<SIPMessage> sent = uas.loop.sent();
    assertThat(sent.get(0).getHeader("Retry-After").toString()).contains("30");
    assertThat(sent.get(1).getHeader("Reason").toString()).contains("cause=21");
    assertThat(uas.calls.events)
        .containsExactly("terminated:REJECTED", "terminated:REJECTED");
    uas.assertAllFreed();
  }

  @Test
  void shutdownRefusesUnansweredCallsAndHangsUpAnsweredOnes() {
    uas.calls.answering(invite -> {
      if (invite.callId().equals("answered")) {
        invite.accept(ANSWER);
      }
    });
    uas.receive(SipFixture.load("invite-basic.sip").with("call_id", "ringing"));
    uas.receive(SipFixture.load("invite-basic.sip").with("call_id", "answered"));
    uas.loop.sent();

    uas.core.shutdown();
    uas.loop.runPendingTasks();

    assertThat(uas.loop.sent()).extracting(m -> m instanceof SIPRequest r ? r.getMethod()
        : Integer.toString(((SIPResponse) m).getStatusCode())).containsExactlyInAnyOrder(
            "503", "BYE");
    assertThat(uas.calls.events)
        .containsExactly("terminated:SHUTDOWN", "terminated:SHUTDOWN");
    assertThat(uas.core.liveDialogs()).isZero();
    uas.transactions.abortAll();
    uas.loop.runPendingTasks();
    uas.assertAllFreed();
  }

  @Test
  void reportsTransportErrorWhenTheTcpConnectionIsGoneBeforeTheAnswer() {
    UasHarness tcp = new UasHarness(SipTestLoop.tcp(), UasHarness.CONFIG);
    tcp.receive(SipFixture.load("invite-basic.sip").over(SipTransport.TCP));
    tcp.loop.sent();
    tcp.loop.channel().close();

    tcp.calls.lastInvite().accept(ANSWER);
    tcp.loop.runPendingTasks();

    assertThat(tcp.calls.events).containsExactly("terminated:TRANSPORT_ERROR");
    tcp.assertAllFreed();
  }

  // accept() after the answer changes nothing and returns the call's dialog.
  private SipDialog dialog() {
    return uas.calls.lastInvite().accept(null);
  }

  private static SipFixture ack(String tag) {
    return SipFixture.load("ack.sip").with("cseq", 1).with("to_tag", tag)
        .with("branch", "z9hG4bK-ack");
  }

  private void hangUpRemotely(String tag) {
    uas.receive(SipFixture.load("bye.sip").with("to_tag", tag).with("cseq", 99)
        .with("branch", "z9hG4bK-bye"));
    assertThat(uas.loop.sentStatuses()).contains(200);
    assertThat(uas.calls.events).endsWith("bye");
    uas.assertAllFreed();
  }

  private static String toTag(List<SIPMessage> sent) {
    return ((SIPResponse) sent.get(sent.size() - 1)).getToTag();
  }
}
