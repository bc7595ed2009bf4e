package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTestLoop;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipResponses;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipTransactionLayerTest {
  private final SipTestLoop loop = SipTestLoop.udp();
  private final SipTransactionLayer layer =
      new SipTransactionLayer(SipTestLoop.TIMERS, loop.stats());
  private final RecordingUser user = new RecordingUser();

  SipTransactionLayerTest() {
    layer.setUser(user);
  }

  @Test
  void startsInviteServerTransactionWithTryingAndHandsItToTheUser() {
    receive(SipFixture.load("invite-basic.sip"));

    assertThat(loop.sentStatuses()).containsExactly(100);
    assertThat(user.requests).hasSize(1);
    assertThat(user.requests.get(0)).isInstanceOf(InviteServerTransaction.class);
    assertThat(layer.liveTransactions()).isEqualTo(1);
    finish();
  }

  @Test
  void absorbsRetransmittedRequestInItsTransaction() {
    receive(SipFixture.load("invite-basic.sip"));
    receive(SipFixture.load("invite-basic.sip"));

    assertThat(user.requests).hasSize(1);
    assertThat(loop.sentStatuses()).containsExactly(100, 100);
    finish();
  }

  @Test
  void sameBranchFromAnotherSentByIsANewTransaction() {
    receive(SipFixture.load("options.sip"));
    receive(SipFixture.load("options.sip").with("port", 5099));

    assertThat(user.requests).hasSize(2);
    finish();
  }

  @Test
  void ackOfNonSuccessResponseIsAbsorbedByTheInviteTransaction() {
    receive(SipFixture.load("invite-basic.sip"));
    ServerTransaction invite = user.requests.get(0);
    invite.sendResponse(SipResponses.create(invite.request(), 486));

    receive(SipFixture.load("ack.sip").with("cseq", 1));

    assertThat(user.acks).isEmpty();
    finish();
  }

  @Test
  void ackOfSuccessResponseGoesToTheUser() {
    receive(SipFixture.load("ack.sip").with("branch", "z9hG4bK-ack-branch"));

    assertThat(user.acks).hasSize(1);
    assertThat(layer.liveTransactions()).isZero();
    finish();
  }

  @Test
  void matchesCancelToTheInviteItCancels() {
    receive(SipFixture.load("invite-basic.sip"));
    receive(SipFixture.load("cancel.sip").with("cseq", 1));

    assertThat(user.cancels).hasSize(1);
    assertThat(user.cancelledInvites.get(0)).isSameAs(user.requests.get(0));
    finish();
  }

  @Test
  void handsCancelWithoutInviteToTheUserWithNoInvite() {
    receive(SipFixture.load("cancel.sip").with("cseq", 1));

    assertThat(user.cancels).hasSize(1);
    assertThat(user.cancelledInvites).containsExactly((InviteServerTransaction) null);
    finish();
  }

  @Test
  void matchesResponseToClientTransactionByBranchAndMethod() {
    SIPRequest bye = SipFixture.load("bye.sip").with("branch", "z9hG4bK-ours").request();
    RecordingClientListener listener = new RecordingClientListener();
    layer.sendRequest(bye, loop.flow(), loop.scheduler(), listener);
    loop.sent();

    receive(SipFixture.load("response-200-bye.sip").with("branch", "z9hG4bK-ours"));

    assertThat(listener.finals).containsExactly(200);
    finish();
  }

  @Test
  void countsAndOffersStrayResponseToTheUser() {
    receive(SipFixture.load("response-200-bye.sip").with("branch", "z9hG4bK-nobody"));

    assertThat(user.strays).hasSize(1);
    assertThat(loop.stats().snapshot().strayMessages()).isEqualTo(1);
    finish();
  }

  @Test
  void answers500WhenTheUserFailsBeforeAnswering() {
    layer.setUser(new RecordingUser() {
      @Override
      public void onRequest(ServerTransaction transaction) {
        throw new IllegalStateException("call layer bug");
      }
    });

    receive(SipFixture.load("options.sip"));

    assertThat(loop.sentStatuses()).containsExactly(500);
    finish();
  }

  @Test
  void abortAllEndsEveryTransaction() {
    receive(SipFixture.load("invite-basic.sip"));
    receive(SipFixture.load("options.sip").with("branch", "z9hG4bK-other"));

    layer.abortAll();
    loop.runPendingTasks();

    assertThat(layer.liveTransactions()).isZero();
    loop.sent();
    loop.assertFinished();
  }

  private void receive(SipFixture fixture) {
    InboundSipMessage inbound = fixture.inbound();
    layer.receive(inbound, loop.flow(), loop.scheduler());
  }

  /** Lets every transaction run out its timers, then checks nothing is left. */
  private void finish() {
    for (ServerTransaction transaction : user.requests) {
      if (!transaction.hasFinalResponse()) {
        transaction.sendResponse(SipResponses.create(transaction.request(), 500));
      }
    }
    for (ServerTransaction transaction : user.cancels) {
      if (!transaction.hasFinalResponse()) {
        transaction.sendResponse(SipResponses.create(transaction.request(), 200));
      }
    }
    loop.advance(SipTestLoop.TIMERS.timeoutMillis() + 1);
    assertThat(layer.liveTransactions()).isZero();
    loop.sent();
    loop.assertFinished();
  }

  private static class RecordingUser implements TransactionUser {
    final List<ServerTransaction> requests = new ArrayList<>();
    final List<SIPRequest> acks = new ArrayList<>();
    final List<NonInviteServerTransaction> cancels = new ArrayList<>();
    final List<InviteServerTransaction> cancelledInvites = new ArrayList<>();
    final List<SIPResponse> strays = new ArrayList<>();

    @Override
    public void onRequest(ServerTransaction transaction) {
      requests.add(transaction);
    }

    @Override
    public void onAck(SIPRequest ack, SipFlow flow) {
      acks.add(ack);
    }

    @Override
    public void onCancel(NonInviteServerTransaction cancel, InviteServerTransaction invite) {
      cancels.add(cancel);
      cancelledInvites.add(invite);
    }

    @Override
    public void onStrayResponse(SIPResponse response, SipFlow flow) {
      strays.add(response);
    }
  }
}
