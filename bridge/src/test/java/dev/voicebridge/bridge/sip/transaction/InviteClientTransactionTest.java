package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.SipTransport;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InviteClientTransactionTest {
  private final RecordingClientListener listener = new RecordingClientListener();

  @Test
  void retransmitsWithTimerADoublingUntilTimerB() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteClientTransaction transaction = start(loop, SipTransport.UDP);
    loop.sent();

    List<Long> sentAt = new ArrayList<>();
    for (long now = 10; now <= 6_400; now += 10) {
      loop.advance(10);
      if (!loop.sent().isEmpty()) {
        sentAt.add(now);
      }
    }

    assertThat(sentAt).containsExactly(100L, 300L, 700L, 1500L, 3100L, 6300L);
    assertThat(listener.failures).containsExactly(TransactionFailure.TIMEOUT);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void stopsRetransmittingAndTimingOutOnProvisionalResponse() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteClientTransaction transaction = start(loop, SipTransport.UDP);
    loop.sent();

    transaction.receiveResponse(response(transaction, 180, "callee"));
    loop.advance(10_000);

    assertThat(listener.provisional).containsExactly(180);
    assertThat(loop.sent()).isEmpty();
    assertThat(listener.failures).isEmpty();
    assertThat(transaction.state()).isEqualTo(InviteClientTransaction.State.PROCEEDING);
    transaction.abort();
    loop.assertFinished();
  }

  @Test
  void acknowledgesNonSuccessFinalResponseItselfAndAgainForRepeatsUntilTimerD() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteClientTransaction transaction = start(loop, SipTransport.UDP);
    loop.sent();

    transaction.receiveResponse(response(transaction, 486, "callee"));
    transaction.receiveResponse(response(transaction, 486, "callee"));

    List<SIPMessage> acks = loop.sent();
    assertThat(acks).hasSize(2);
    SIPRequest ack = (SIPRequest) acks.get(0);
    assertThat(ack.getMethod()).isEqualTo("ACK");
    assertThat(ack.getCSeq().getSeqNumber()).isEqualTo(1);
    assertThat(ack.getToTag()).isEqualTo("callee");
    assertThat(ack.getTopmostVia().getBranch())
        .isEqualTo(transaction.request().getTopmostVia().getBranch());
    assertThat(ack.getRequestURI()).isEqualTo(transaction.request().getRequestURI());
    assertThat(listener.finals).containsExactly(486);
    loop.advance(6_399);
    assertThat(transaction.isTerminated()).isFalse();
    loop.advance(1);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void passesEvery2xxToTheCoreInAcceptedStateUntilTimerM() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteClientTransaction transaction = start(loop, SipTransport.UDP);
    loop.sent();

    transaction.receiveResponse(response(transaction, 200, "callee"));
    transaction.receiveResponse(response(transaction, 200, "callee"));

    assertThat(listener.finals).containsExactly(200, 200);
    assertThat(loop.sent()).as("the core, not the transaction, ACKs a 2xx").isEmpty();
    loop.advance(6_400);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void sendsOnceOverTcpAndEndsAtOnceAfterAcknowledgingFailure() {
    SipTestLoop loop = SipTestLoop.tcp();
    InviteClientTransaction transaction = start(loop, SipTransport.TCP);
    loop.advance(1_000);
    assertThat(loop.sentMethods()).containsExactly("INVITE");

    transaction.receiveResponse(response(transaction, 503, "callee"));

    assertThat(loop.sentMethods()).containsExactly("ACK");
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  private InviteClientTransaction start(SipTestLoop loop, SipTransport transport) {
    SIPRequest invite = SipFixture.load("invite-basic.sip").over(transport).request();
    InviteClientTransaction transaction =
        new InviteClientTransaction(invite, loop.flow(), loop.context(), listener);
    transaction.start();
    return transaction;
  }

  private static SIPResponse response(ClientTransaction transaction, int status, String tag) {
    SIPResponse response = transaction.request().createResponse(status);
    try {
      response.getTo().setTag(tag);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }
}
