package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * The non-INVITE server transaction of RFC 3261 §17.2.2.
 *
 * <pre>
 *   TRYING     --1xx--> PROCEEDING     (retransmission in TRYING: absorbed)
 *   TRYING/PROCEEDING --final--> COMPLETED (timer J 64*T1 over UDP, 0 over TCP)
 *   PROCEEDING/COMPLETED: a retransmitted request gets the last response again
 * </pre>
 */
public final class NonInviteServerTransaction extends ServerTransaction {
  enum State {
    TRYING,
    PROCEEDING,
    COMPLETED,
    TERMINATED
  }

  private State state = State.TRYING;
  private SipTimer timerJ = SipTimer.NONE;

  /**
   * Creates the transaction.
   *
   * @param request the request received
   * @param responseFlow where its responses go (RFC 3261 §18.2.2)
   * @param context timers, the loop's scheduler, and counters
   */
  public NonInviteServerTransaction(
      SIPRequest request, SipFlow responseFlow, TransactionContext context) {
    super(request, responseFlow, context);
  }

  @Override
  void receiveRetransmission() {
    if (state == State.PROCEEDING || state == State.COMPLETED) {
      resendLastResponse();
    } else {
      context.stats().retransmissionAbsorbed();
    }
  }

  @Override
  public void sendResponse(SIPResponse response) {
    if (state != State.TRYING && state != State.PROCEEDING) {
      throw new IllegalStateException(
          "Cannot send " + response.getStatusCode() + " in state " + state);
    }
    lastResponse = response;
    if (response.getStatusCode() < 200) {
      state = State.PROCEEDING;
    } else {
      state = State.COMPLETED;
      timerJ = scheduleUnlessReliable(this::terminate, context.timers().timeoutMillis());
    }
    send(response);
  }

  State state() {
    return state;
  }

  @Override
  protected void cancelTimers() {
    state = State.TERMINATED;
    timerJ.cancel();
  }
}
