package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.SipTransport;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonInviteClientTransactionTest {
  private final RecordingClientListener listener = new RecordingClientListener();

  @Test
  void retransmitsWithTimerEDoublingUpToT2ThenTimesOutWithTimerF() {
    SipTestLoop loop = SipTestLoop.udp();
    NonInviteClientTransaction transaction = start(loop, SipTransport.UDP);
    assertThat(loop.sentMethods()).containsExactly("BYE");

    List<Long> sentAt = retransmissionTimes(loop, 6_400);

    assertThat(sentAt).containsExactly(100L, 300L, 700L, 1500L, 2300L, 3100L, 3900L, 4700L,
        5500L, 6300L);
    assertThat(transaction.isTerminated()).isTrue();
    assertThat(listener.failures).containsExactly(TransactionFailure.TIMEOUT);
    assertThat(loop.stats().snapshot().transactionTimeouts()).isEqualTo(1);
    loop.assertFinished();
  }

  @Test
  void retransmitsEveryT2OnceProceeding() {
    SipTestLoop loop = SipTestLoop.udp();
    NonInviteClientTransaction transaction = start(loop, SipTransport.UDP);
    loop.sent();
    transaction.receiveResponse(response(transaction, 100));

    List<Long> sentAt = retransmissionTimes(loop, 2_000);

    assertThat(listener.provisional).containsExactly(100);
    // Timer E was already due at T1; from then on it runs at T2.
    assertThat(sentAt).containsExactly(100L, 900L, 1700L);
    transaction.abort();
    loop.assertFinished();
  }

  @Test
  void reportsFinalResponseOnceAndAbsorbsRepeatsUntilTimerK() {
    SipTestLoop loop = SipTestLoop.udp();
    NonInviteClientTransaction transaction = start(loop, SipTransport.UDP);
    loop.sent();

    transaction.receiveResponse(response(transaction, 200));
    transaction.receiveResponse(response(transaction, 200));
    loop.advance(999);

    assertThat(listener.finals).containsExactly(200);
    assertThat(transaction.state()).isEqualTo(NonInviteClientTransaction.State.COMPLETED);
    assertThat(loop.sent()).isEmpty();
    loop.advance(1);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void neverRetransmitsOverTcpAndEndsOnFinalResponse() {
    SipTestLoop loop = SipTestLoop.tcp();
    NonInviteClientTransaction transaction = start(loop, SipTransport.TCP);
    loop.advance(6_399);
    assertThat(loop.sentMethods()).containsExactly("BYE");

    transaction.receiveResponse(response(transaction, 481));

    assertThat(listener.finals).containsExactly(481);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void reportsTransportErrorWhenTheConnectionIsGone() {
    SipTestLoop loop = SipTestLoop.tcp();
    loop.channel().close();

    NonInviteClientTransaction transaction = start(loop, SipTransport.TCP);
    loop.runPendingTasks();

    assertThat(transaction.isTerminated()).isTrue();
    assertThat(listener.failures).containsExactly(TransactionFailure.TRANSPORT_ERROR);
    loop.assertFinished();
  }

  private NonInviteClientTransaction start(SipTestLoop loop, SipTransport transport) {
    SIPRequest bye = SipFixture.load("bye.sip").over(transport).request();
    NonInviteClientTransaction transaction =
        new NonInviteClientTransaction(bye, loop.flow(), loop.context(), listener);
    transaction.start();
    return transaction;
  }

  private static SIPResponse response(ClientTransaction transaction, int status) {
    return transaction.request().createResponse(status);
  }

  private static List<Long> retransmissionTimes(SipTestLoop loop, long until) {
    List<Long> sentAt = new ArrayList<>();
    for (long now = 10; now <= until; now += 10) {
      loop.advance(10);
      if (!loop.sent().isEmpty()) {
        sentAt.add(now);
      }
    }
    return sentAt;
  }
}
