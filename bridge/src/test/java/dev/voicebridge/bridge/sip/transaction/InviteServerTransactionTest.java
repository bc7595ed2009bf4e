package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.message.SipResponses;
import gov.nist.javax.sip.message.SIPRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InviteServerTransactionTest {
  private final List<TransactionFailure> failures = new ArrayList<>();

  @Test
  void sendsTryingAtOnce() {
    SipTestLoop loop = SipTestLoop.udp();

    start(loop);

    assertThat(loop.sentStatuses()).containsExactly(100);
    loop.assertFinished();
  }

  @Test
  void resendsLastProvisionalWhenInviteIsRetransmitted() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteServerTransaction transaction = start(loop);
    transaction.sendResponse(SipResponses.create(transaction.request(), 180, null, "tag"));

    transaction.receiveRetransmission();

    assertThat(loop.sentStatuses()).containsExactly(100, 180, 180);
    assertThat(loop.stats().snapshot().retransmissionsAbsorbed()).isEqualTo(1);
    transaction.abort();
    loop.assertFinished();
  }

  @Test
  void retransmitsFinalResponseWithTimerGDoublingUpToT2UntilTimerH() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteServerTransaction transaction = start(loop);
    transaction.sendResponse(SipResponses.create(transaction.request(), 486));
    loop.sent();

    List<Long> retransmittedAt = new ArrayList<>();
    for (long now = 10; now <= 6_400; now += 10) {
      loop.advance(10);
      if (!loop.sent().isEmpty()) {
        retransmittedAt.add(now);
      }
    }

    // T1=100, T2=800: intervals 100, 200, 400, 800, 800, ... until timer H at 64*T1 = 6400.
    assertThat(retransmittedAt).containsExactly(100L, 300L, 700L, 1500L, 2300L, 3100L, 3900L,
        4700L, 5500L, 6300L);
    assertThat(transaction.isTerminated()).isTrue();
    assertThat(failures).containsExactly(TransactionFailure.TIMEOUT);
    loop.assertFinished();
  }

  @Test
  void retransmitsFinalResponseWhenInviteIsRetransmitted() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteServerTransaction transaction = start(loop);
    transaction.sendResponse(SipResponses.create(transaction.request(), 486));

    transaction.receiveRetransmission();

    assertThat(loop.sentStatuses()).containsExactly(100, 486, 486);
    transaction.abort();
    loop.assertFinished();
  }

  @Test
  void absorbsAckStopsRetransmittingAndEndsAfterTimerI() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteServerTransaction transaction = start(loop);
    transaction.sendResponse(SipResponses.create(transaction.request(), 486));
    loop.sent();

    assertThat(transaction.receiveAck()).isTrue();
    assertThat(transaction.receiveAck()).isTrue();
    loop.advance(999);

    assertThat(loop.sent()).isEmpty();
    assertThat(transaction.state()).isEqualTo(InviteServerTransaction.State.CONFIRMED);
    loop.advance(1);
    assertThat(transaction.isTerminated()).isTrue();
    assertThat(failures).isEmpty();
    loop.assertFinished();
  }

  @Test
  void neverRetransmitsOverTcpAndEndsOnAck() {
    SipTestLoop loop = SipTestLoop.tcp();
    InviteServerTransaction transaction = start(loop, SipTransport.TCP);
    transaction.sendResponse(SipResponses.create(transaction.request(), 486));
    loop.advance(1_000);

    assertThat(loop.sentStatuses()).containsExactly(100, 486);
    transaction.receiveAck();

    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void acceptedStateAbsorbsRetransmittedInviteAndEndsAfterTimerL() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteServerTransaction transaction = start(loop);
    transaction.sendResponse(SipResponses.create(transaction.request(), 200, null, "tag"));

    transaction.receiveRetransmission();
    loop.advance(6_399);

    assertThat(loop.sentStatuses()).containsExactly(100, 200);
    assertThat(transaction.receiveAck()).as("a 2xx ACK goes to the dialog").isFalse();
    loop.advance(1);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void passesRetransmitted2xxFromTheDialogThroughInAcceptedState() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteServerTransaction transaction = start(loop);
    var ok = SipResponses.create(transaction.request(), 200, null, "tag");
    transaction.sendResponse(ok);

    transaction.sendResponse(ok);

    assertThat(loop.sentStatuses()).containsExactly(100, 200, 200);
    transaction.abort();
    loop.assertFinished();
  }

  @Test
  void refusesSecondFinalResponse() {
    SipTestLoop loop = SipTestLoop.udp();
    InviteServerTransaction transaction = start(loop);
    transaction.sendResponse(SipResponses.create(transaction.request(), 486));

    assertThatThrownBy(
            () -> transaction.sendResponse(SipResponses.create(transaction.request(), 487)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot send 487 in state COMPLETED");
    transaction.abort();
    loop.sent();
    loop.assertFinished();
  }

  @Test
  void endsAndReportsTransportErrorWhenTheConnectionIsGone() {
    SipTestLoop loop = SipTestLoop.tcp();
    InviteServerTransaction transaction = start(loop, SipTransport.TCP);
    loop.channel().close();

    transaction.sendResponse(SipResponses.create(transaction.request(), 180, null, "tag"));
    loop.runPendingTasks();

    assertThat(transaction.isTerminated()).isTrue();
    assertThat(failures).containsExactly(TransactionFailure.TRANSPORT_ERROR);
    loop.sent();
    loop.assertFinished();
  }

  private InviteServerTransaction start(SipTestLoop loop) {
    return start(loop, SipTransport.UDP);
  }

  private InviteServerTransaction start(SipTestLoop loop, SipTransport transport) {
    SIPRequest invite = SipFixture.load("invite-basic.sip").over(transport).request();
    InviteServerTransaction transaction =
        new InviteServerTransaction(invite, loop.flow(), loop.context());
    transaction.onFailure((ended, failure) -> failures.add(failure));
    transaction.start();
    return transaction;
  }
}
