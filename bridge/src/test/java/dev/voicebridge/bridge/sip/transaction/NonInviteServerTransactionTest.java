package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.message.SipResponses;
import org.junit.jupiter.api.Test;

class NonInviteServerTransactionTest {

  @Test
  void absorbsRetransmissionWhileTrying() {
    SipTestLoop loop = SipTestLoop.udp();
    NonInviteServerTransaction transaction = create(loop, SipTransport.UDP);

    transaction.receiveRetransmission();

    assertThat(loop.sent()).isEmpty();
    assertThat(transaction.state()).isEqualTo(NonInviteServerTransaction.State.TRYING);
    transaction.abort();
    loop.assertFinished();
  }

  @Test
  void resendsFinalResponseForRetransmittedRequestUntilTimerJ() {
    SipTestLoop loop = SipTestLoop.udp();
    NonInviteServerTransaction transaction = create(loop, SipTransport.UDP);
    transaction.sendResponse(SipResponses.create(transaction.request(), 200));

    loop.advance(6_399);
    transaction.receiveRetransmission();

    assertThat(loop.sentStatuses()).containsExactly(200, 200);
    loop.advance(1);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  @Test
  void resendsProvisionalResponseWhileProceeding() {
    SipTestLoop loop = SipTestLoop.udp();
    NonInviteServerTransaction transaction = create(loop, SipTransport.UDP);
    transaction.sendResponse(SipResponses.create(transaction.request(), 183));

    transaction.receiveRetransmission();

    assertThat(loop.sentStatuses()).containsExactly(183, 183);
    assertThat(transaction.state()).isEqualTo(NonInviteServerTransaction.State.PROCEEDING);
    transaction.abort();
    loop.assertFinished();
  }

  @Test
  void endsAtOnceAfterFinalResponseOverTcp() {
    SipTestLoop loop = SipTestLoop.tcp();
    NonInviteServerTransaction transaction = create(loop, SipTransport.TCP);

    transaction.sendResponse(SipResponses.create(transaction.request(), 200));

    assertThat(loop.sentStatuses()).containsExactly(200);
    assertThat(transaction.isTerminated()).isTrue();
    loop.assertFinished();
  }

  private static NonInviteServerTransaction create(SipTestLoop loop, SipTransport transport) {
    return new NonInviteServerTransaction(
        SipFixture.load("bye.sip").over(transport).request(), loop.flow(), loop.context());
  }
}
