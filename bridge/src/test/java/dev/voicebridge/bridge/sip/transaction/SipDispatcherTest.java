package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipProtocolException;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipDispatcherTest {
  private final SipTestLoop socketLoop = SipTestLoop.udp();
  private final SipTestLoop otherLoop = SipTestLoop.udp();
  private final SipTransactionLayer layer =
      new SipTransactionLayer(SipTestLoop.TIMERS, socketLoop.stats());
  private final List<ServerTransaction> delivered = new ArrayList<>();
  private final SipDispatcher dispatcher =
      new SipDispatcher(
          List.of(socketLoop.scheduler(), otherLoop.scheduler()), layer, socketLoop.stats());

  SipDispatcherTest() {
    layer.setUser(new TransactionUser() {
      @Override
      public void onRequest(ServerTransaction transaction) {
        delivered.add(transaction);
        transaction.abort();
      }

      @Override
      public void onAck(SIPRequest ack, SipFlow flow) {}

      @Override
      public void onCancel(NonInviteServerTransaction cancel, InviteServerTransaction invite) {}
    });
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "invite-missing-call-id.sip, 400, Missing Call-ID header",
    "invite-cseq-mismatch.sip, 400, CSeq method does not match request method",
    "invite-malformed-cseq.sip, 400, Malformed CSeq header",
    "invite-max-forwards-zero.sip, 483, Too Many Hops",
  })
  void answersRequestWithDefectStatelesslyNamingTheProblem(
      String fixture, int status, String reason) {
    dispatcher.receive(SipFixture.load(fixture).inbound(), socketLoop.flow());

    SIPResponse response = (SIPResponse) socketLoop.sent().get(0);
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getReasonPhrase()).isEqualTo(reason);
    assertThat(response.getTopmostVia().getBranch()).isEqualTo("z9hG4bK-branch-1");
    assertThat(response.getToTag()).isNotNull();
    assertThat(delivered).isEmpty();
    assertThat(layer.liveTransactions()).isZero();
    finish();
  }

  @Test
  void neverAnswersBrokenAck() {
    InboundSipMessage inbound = SipFixture.load("ack.sip").inbound();
    InboundSipMessage broken = new InboundSipMessage(
        inbound.message(), inbound.sender(),
        new SipProtocolException(483, "Too Many Hops"));

    dispatcher.receive(broken, socketLoop.flow());

    assertThat(socketLoop.sent()).isEmpty();
    assertThat(socketLoop.stats().snapshot().unparseableMessages()).isEqualTo(1);
    finish();
  }

  @Test
  void runsEveryMessageOfACallIdOnTheSameLoop() {
    for (int i = 0; i < 20; i++) {
      String callId = "call-" + i + "@host";
      SipTimerScheduler pinned = dispatcher.schedulerFor(callId);
      dispatcher.receive(
          SipFixture.load("options.sip").with("call_id", callId).with("branch", "z9hG4bK" + i)
              .inbound(),
          socketLoop.flow());
      socketLoop.runPendingTasks();
      otherLoop.runPendingTasks();

      ServerTransaction transaction = delivered.get(delivered.size() - 1);
      assertThat(transaction.request().getCallId().getCallId()).isEqualTo(callId);
      assertThat(transaction.scheduler()).isSameAs(pinned);
      assertThat(dispatcher.schedulerFor(callId)).isSameAs(pinned);
    }
    finish();
  }

  @Test
  void spreadsCallsOverAllLoops() {
    long onSocketLoop = IntStream.range(0, 1000)
        .filter(i -> dispatcher.schedulerFor("c" + i + "@h") == socketLoop.scheduler())
        .count();

    assertThat(onSocketLoop).isBetween(400L, 600L);
    finish();
  }

  private void finish() {
    socketLoop.sent();
    socketLoop.assertFinished();
    otherLoop.assertFinished();
  }
}
