package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.SipDialog;
import dev.voicebridge.bridge.sip.TerminationReason;
import dev.voicebridge.bridge.sip.message.SipIds;
import dev.voicebridge.bridge.sip.message.SipResponses;
import dev.voicebridge.bridge.sip.transaction.ClientTransactionListener;
import dev.voicebridge.bridge.sip.transaction.InviteServerTransaction;
import dev.voicebridge.bridge.sip.transaction.ServerTransaction;
import dev.voicebridge.bridge.sip.transaction.SipTimer;
import dev.voicebridge.bridge.sip.transaction.SipTimerScheduler;
import dev.voicebridge.bridge.sip.transaction.TransactionFailure;
import dev.voicebridge.bridge.sip.transaction.TransactionKey;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.channel.EventLoop;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.header.ContactHeader;

/**
 * The UAS side of one inbound call's dialog (RFC 3261 §12, §13.3, §15), from the INVITE to its
 * end, confined to the call's event loop.
 *
 * <pre>
 *   EARLY     --accept--> ACCEPTED (2xx retransmitted until ACK) --ACK--> CONFIRMED
 *   EARLY     --reject / CANCEL / BYE / invite timeout--> TERMINATED
 *   CONFIRMED --re-INVITE accepted--> ACCEPTED --ACK--> CONFIRMED
 *   ACCEPTED/CONFIRMED --bye()--> ENDING (BYE in its client transaction) --answer/timeout-->
 *                                                                          TERMINATED
 *   any --BYE received / no ACK / transport error / shutdown--> TERMINATED
 * </pre>
 *
 * <p>{@link #terminate} is the one way out: it stops every timer, leaves the dialog table, gives
 * back the call's capacity and tells the listener, exactly once.
 */
final class ServerDialog implements SipDialog {
  // Once the dialog has ended nobody waits for the outcome of a BYE: it only has to go out.
  private static final ClientTransactionListener IGNORE_OUTCOME = new ClientTransactionListener() {
    @Override
    public void onFinalResponse(SIPResponse response) {}

    @Override
    public void onFailure(TransactionFailure failure) {}
  };

  enum State {
    EARLY,
    ACCEPTED,
    CONFIRMED,
    ENDING,
    TERMINATED
  }

  private final UserAgentContext ua;
  private final InviteServerTransaction inviteTransaction;
  private final SipTimerScheduler scheduler;
  private final DialogId id;
  private final DialogNotifier notifier;
  private final ContactHeader contactHeader;
  private final DialogRequestFactory requests;
  private final SipTimer inviteTimer;
  // Read by isTerminated() from any thread; written only on the event loop.
  private volatile State state = State.EARLY;
  private long remoteCSeq;
  private long localCSeq;
  private SuccessRetransmitter unacknowledged;
  private long unacknowledgedCSeq;
  private boolean offerInSuccess;
  private boolean byeAfterAck;
  private InboundReInvite pendingReInvite;

  ServerDialog(UserAgentContext ua, InviteServerTransaction inviteTransaction) {
    this.ua = ua;
    this.inviteTransaction = inviteTransaction;
    this.scheduler = inviteTransaction.scheduler();
    SIPRequest invite = inviteTransaction.request();
    String remoteTag = invite.getFromTag() == null ? "" : invite.getFromTag();
    this.id = new DialogId(invite.getCallId().getCallId(),
        SipIds.newTag(), remoteTag);
    this.notifier = new DialogNotifier(id.callId());
    LocalContact contact = LocalContact.of(ua.config(), inviteTransaction.flow(), invite);
    this.contactHeader = contact.contactHeader();
    this.requests = new DialogRequestFactory(invite, id.localTag(), contact);
    this.remoteCSeq = invite.getCSeq().getSeqNumber();
    this.inviteTimer = scheduler.schedule(this::unanswered, ua.config().inviteTimeout().toMillis());
    inviteTransaction.onFailure((transaction, failure) -> {
      if (failure == TransactionFailure.TRANSPORT_ERROR) {
        terminate(TerminationReason.TRANSPORT_ERROR);
      }
    });
  }

  DialogId id() {
    return id;
  }

  TransactionKey inviteKey() {
    return inviteTransaction.key();
  }

  SIPRequest invite() {
    return inviteTransaction.request();
  }

  State state() {
    return state;
  }

  /** Sets the call layer's listener; delivers an ending that happened before it was known. */
  void listen(DialogListener listener) {
    notifier.listen(listener);
  }

  // ---- before the final answer -------------------------------------------------------------

  void sendProvisional(int status, byte[] sdp) {
    if (state == State.EARLY) {
      inviteTransaction.sendResponse(
          DialogResponses.create(invite(), status, id.localTag(), contactHeader, sdp));
    }
  }

  void accept(byte[] sdp) {
    if (state != State.EARLY) {
      return;
    }
    inviteTimer.cancel();
    ua.dialogs().answered(this);
    SIPResponse ok = DialogResponses.create(invite(), 200, id.localTag(), contactHeader, sdp);
    awaitAck(ok, invite().getCSeq().getSeqNumber(), invite().getRawContent() == null);
    inviteTransaction.sendResponse(ok);
  }

  void reject(SIPResponse response, TerminationReason reason) {
    if (state != State.EARLY) {
      return;
    }
    inviteTransaction.sendResponse(response);
    terminate(reason);
  }

  void cancel() {
    if (state == State.EARLY) {
      reject(SipResponses.create(invite(), 487, null, id.localTag()), TerminationReason.CANCELLED);
    }
  }

  private void unanswered() {
    reject(SipResponses.create(invite(), 480, null, id.localTag()),
        TerminationReason.UNANSWERED);
  }

  // ---- requests within the dialog ----------------------------------------------------------

  void onAck(SIPRequest ack) {
    if (unacknowledged == null || ack.getCSeq().getSeqNumber() != unacknowledgedCSeq) {
      return;
    }
    unacknowledged.stop();
    unacknowledged = null;
    if (state == State.ACCEPTED) {
      state = State.CONFIRMED;
    }
    byte[] answer = offerInSuccess ? ack.getRawContent() : null;
    notifier.notify(l -> l.onAck(answer));
    if (byeAfterAck) {
      sendBye();
    }
  }

  void onBye(ServerTransaction bye) {
    if (!inOrder(bye)) {
      return;
    }
    bye.sendResponse(SipResponses.create(bye.request(), 200));
    if (state == State.EARLY) {
      inviteTransaction.sendResponse(SipResponses.create(invite(), 487, null, id.localTag()));
    }
    terminate(TerminationReason.REMOTE_BYE);
  }

  void onInfo(ServerTransaction info) {
    if (!inOrder(info)) {
      return;
    }
    info.sendResponse(SipResponses.create(info.request(), 200));
    if (state != State.ENDING) {
      byte[] body = info.request().getRawContent();
      String type = info.request().getContentTypeHeader() == null ? null
          : info.request().getContentTypeHeader().getContentType() + "/"
              + info.request().getContentTypeHeader().getContentSubType();
      notifier.notify(l -> l.onInfo(type, body));
    }
  }

  void onReInvite(InviteServerTransaction reInvite) {
    if (!inOrder(reInvite)) {
      return;
    }
    SIPRequest request = reInvite.request();
    if (pendingReInvite != null) {
      // RFC 3261 §14.2: a second INVITE while the first is unanswered.
      SIPResponse busy = SipResponses.create(request, 500, "Previous INVITE Pending");
      SipResponses.addRetryAfter(busy, ThreadLocalRandom.current().nextInt(11));
      reInvite.sendResponse(busy);
    } else if (state != State.CONFIRMED || unacknowledged != null) {
      // The offer/answer exchange of our last 2xx is not complete until its ACK arrives.
      reInvite.sendResponse(SipResponses.create(request, 491));
    } else {
      requests.refreshTarget(request);
      pendingReInvite = new InboundReInvite(this, reInvite);
      if (notifier.hasListener()) {
        InboundReInvite offered = pendingReInvite;
        notifier.notify(l -> l.onReInvite(offered));
      } else {
        pendingReInvite.reject(500, "Server Internal Error");
      }
    }
  }

  void answerReInvite(InboundReInvite reInvite, int status, String reason, byte[] sdp) {
    if (reInvite != pendingReInvite) {
      return;
    }
    pendingReInvite = null;
    InviteServerTransaction transaction = reInvite.transaction();
    if (state == State.TERMINATED || state == State.ENDING || transaction.hasFinalResponse()) {
      return;
    }
    SIPRequest request = transaction.request();
    if (status >= 300) {
      transaction.sendResponse(SipResponses.create(request, status, reason));
      return;
    }
    SIPResponse ok = DialogResponses.create(request, 200, id.localTag(), contactHeader, sdp);
    state = State.ACCEPTED;
    awaitAck(ok, request.getCSeq().getSeqNumber(), request.getRawContent() == null);
    transaction.sendResponse(ok);
  }

  // RFC 3261 §12.2.2: a request with a lower CSeq than the last one is out of order.
  private boolean inOrder(ServerTransaction transaction) {
    long cseq = transaction.request().getCSeq().getSeqNumber();
    if (cseq < remoteCSeq) {
      transaction.sendResponse(
          SipResponses.create(transaction.request(), 500, "CSeq Out Of Order"));
      return false;
    }
    remoteCSeq = cseq;
    return true;
  }

  private void awaitAck(SIPResponse ok, long cseq, boolean offerInOk) {
    state = state == State.EARLY ? State.ACCEPTED : state;
    unacknowledgedCSeq = cseq;
    offerInSuccess = offerInOk;
    unacknowledged = new SuccessRetransmitter(scheduler, ua.config().timers(),
        inviteTransaction.flow(), ok, ua.stats(), this::noAck);
    unacknowledged.start();
  }

  // RFC 3261 §13.3.1.4: without an ACK, the UAS core ends the dialog with a BYE.
  private void noAck() {
    unacknowledged = null;
    sendByeAndForget();
    terminate(TerminationReason.NO_ACK);
  }

  // ---- hanging up ---------------------------------------------------------------------------

  @Override
  public void bye() {
    onLoop(this::byeOnLoop);
  }

  private void byeOnLoop() {
    switch (state) {
      case EARLY -> reject(SipResponses.create(invite(), 480, null, id.localTag()),
          TerminationReason.REJECTED);
      case ACCEPTED -> byeAfterAck = true;
      case CONFIRMED -> {
        if (unacknowledged != null) {
          byeAfterAck = true;
        } else {
          sendBye();
        }
      }
      default -> {}
    }
  }

  private void sendBye() {
    state = State.ENDING;
    abandonReInvite();
    sendRequest("BYE", new ClientTransactionListener() {
      @Override
      public void onFinalResponse(SIPResponse response) {
        terminate(TerminationReason.LOCAL_BYE);
      }

      @Override
      public void onFailure(TransactionFailure failure) {
        terminate(failure == TransactionFailure.TIMEOUT
            ? TerminationReason.BYE_TIMEOUT : TerminationReason.TRANSPORT_ERROR);
      }
    });
  }

  private void sendByeAndForget() {
    sendRequest("BYE", IGNORE_OUTCOME);
  }

  private void sendRequest(String method, ClientTransactionListener outcome) {
    SIPRequest request = requests.create(method, ++localCSeq);
    ua.nextHops().resolve(requests.nextHop(), inviteTransaction.flow(), eventLoop(), flow -> {
      if (flow == null) {
        outcome.onFailure(TransactionFailure.TRANSPORT_ERROR);
      } else {
        ua.transactions().sendRequest(request, flow, scheduler, outcome);
      }
    });
  }

  /** Server shutdown: refuse an unanswered call, hang up an answered one, and end. */
  void shutdown() {
    switch (state) {
      case EARLY -> inviteTransaction.sendResponse(
          SipResponses.create(invite(), 503, null, id.localTag()));
      case ACCEPTED, CONFIRMED -> sendByeAndForget();
      default -> {}
    }
    terminate(TerminationReason.SHUTDOWN);
  }

  private void abandonReInvite() {
    if (pendingReInvite != null) {
      InviteServerTransaction transaction = pendingReInvite.transaction();
      pendingReInvite = null;
      if (!transaction.hasFinalResponse() && !transaction.isTerminated()) {
        transaction.sendResponse(SipResponses.create(transaction.request(), 487));
      }
    }
  }

  /** The one way out: frees everything and tells the listener, once. */
  void terminate(TerminationReason reason) {
    if (state == State.TERMINATED) {
      return;
    }
    state = State.TERMINATED;
    inviteTimer.cancel();
    if (unacknowledged != null) {
      unacknowledged.stop();
      unacknowledged = null;
    }
    abandonReInvite();
    ua.dialogs().remove(this);
    ua.admission().release();
    notifier.ended(reason);
  }

  void onLoop(Runnable action) {
    if (eventLoop().inEventLoop()) {
      action.run();
    } else {
      eventLoop().execute(action);
    }
  }

  // ---- SipDialog ----------------------------------------------------------------------------

  @Override
  public String callId() {
    return id.callId();
  }

  @Override
  public String localTag() {
    return id.localTag();
  }

  @Override
  public String remoteTag() {
    return id.remoteTag();
  }

  @Override
  public EventLoop eventLoop() {
    return scheduler.executor();
  }

  @Override
  public boolean isTerminated() {
    return state == State.TERMINATED;
  }
}
