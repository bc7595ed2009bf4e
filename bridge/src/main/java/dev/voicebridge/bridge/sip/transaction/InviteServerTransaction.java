package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.message.SipResponses;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * The INVITE server transaction of RFC 3261 §17.2.1 with the Accepted state of RFC 6026 §7.1.
 *
 * <pre>
 *   PROCEEDING --1xx--> PROCEEDING (INVITE retransmission: resend last 1xx)
 *   PROCEEDING --2xx--> ACCEPTED   (timer L 64*T1; INVITE retransmissions absorbed; the 2xx
 *                                   itself is retransmitted by the dialog, §13.3.1.4)
 *   PROCEEDING --3xx-6xx--> COMPLETED (timer G from T1 doubling to T2 over UDP, timer H 64*T1;
 *                                   INVITE retransmission: resend the final response)
 *   COMPLETED  --ACK--> CONFIRMED  (timer I = T4 over UDP, 0 over TCP, absorbs ACKs)
 *   COMPLETED  --timer H--> TERMINATED (no ACK: failure reported)
 * </pre>
 *
 * <p>The 100 Trying goes out as soon as the transaction starts, before the transaction user is
 * involved (§17.2.1 allows waiting 200 ms; answering at once stops the caller's timer A sooner).
 */
public final class InviteServerTransaction extends ServerTransaction {
  enum State {
    PROCEEDING,
    ACCEPTED,
    COMPLETED,
    CONFIRMED,
    TERMINATED
  }

  private State state = State.PROCEEDING;
  private SipTimer retransmitTimer = SipTimer.NONE;
  private SipTimer timeoutTimer = SipTimer.NONE;
  private SipTimer lingerTimer = SipTimer.NONE;
  private long retransmitInterval;

  /**
   * Creates the transaction; {@link #start()} sends the 100 Trying.
   *
   * @param invite the INVITE received
   * @param responseFlow where its responses go (RFC 3261 §18.2.2)
   * @param context timers, the loop's scheduler, and counters
   */
  public InviteServerTransaction(
      SIPRequest invite, SipFlow responseFlow, TransactionContext context) {
    super(invite, responseFlow, context);
  }

  /** Sends 100 Trying. */
  public void start() {
    SIPResponse trying = SipResponses.create(request(), 100);
    lastResponse = trying;
    send(trying);
  }

  @Override
  void receiveRetransmission() {
    switch (state) {
      case PROCEEDING, COMPLETED -> resendLastResponse();
      default -> context.stats().retransmissionAbsorbed();
    }
  }

  /**
   * Takes an ACK whose branch matches this INVITE; returns false if it is not for this transaction
   * to absorb (an ACK of a 2xx reusing the INVITE branch goes to the dialog).
   */
  boolean receiveAck() {
    switch (state) {
      case COMPLETED -> {
        state = State.CONFIRMED;
        retransmitTimer.cancel();
        timeoutTimer.cancel();
        lingerTimer = scheduleUnlessReliable(this::terminate, context.timers().t4Millis());
        return true;
      }
      case ACCEPTED -> {
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  @Override
  public void sendResponse(SIPResponse response) {
    int status = response.getStatusCode();
    if (state == State.ACCEPTED && status >= 200 && status < 300) {
      send(response);
      return;
    }
    if (state != State.PROCEEDING) {
      throw new IllegalStateException("Cannot send " + status + " in state " + state);
    }
    lastResponse = response;
    long timeout = context.timers().timeoutMillis();
    if (status >= 200 && status < 300) {
      state = State.ACCEPTED;
      lingerTimer = context.scheduler().schedule(this::terminate, timeout);
    } else if (status >= 300) {
      state = State.COMPLETED;
      if (!flow().transport().isReliable()) {
        retransmitInterval = context.timers().t1Millis();
        retransmitTimer = context.scheduler().schedule(this::timerG, retransmitInterval);
      }
      timeoutTimer = context.scheduler().schedule(this::timerH, timeout);
    }
    send(response);
  }

  /** Whether no final response has been sent yet: a CANCEL still has an effect (§9.2). */
  public boolean isProceeding() {
    return state == State.PROCEEDING;
  }

  State state() {
    return state;
  }

  private void timerG() {
    if (state != State.COMPLETED) {
      return;
    }
    retransmitInterval = context.timers().backoff(retransmitInterval);
    retransmitTimer = context.scheduler().schedule(this::timerG, retransmitInterval);
    context.stats().retransmissionSent();
    send(lastResponse);
  }

  private void timerH() {
    context.stats().transactionTimeout();
    terminate();
    fail(TransactionFailure.TIMEOUT);
  }

  @Override
  protected void cancelTimers() {
    state = State.TERMINATED;
    retransmitTimer.cancel();
    timeoutTimer.cancel();
    lingerTimer.cancel();
  }
}
