package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * The non-INVITE client transaction of RFC 3261 §17.1.2, used for the bridge's BYE (and later
 * OPTIONS, REFER, INFO).
 *
 * <pre>
 *   TRYING     --timer E--> resend, E doubles up to T2 (UDP only)
 *   TRYING     --1xx--> PROCEEDING (timer E continues at T2)
 *   TRYING/PROCEEDING --final--> COMPLETED (timer K: T4 over UDP, 0 over TCP)
 *   TRYING/PROCEEDING --timer F (64*T1)--> TERMINATED, timeout reported
 * </pre>
 */
public final class NonInviteClientTransaction extends ClientTransaction {
  enum State {
    TRYING,
    PROCEEDING,
    COMPLETED,
    TERMINATED
  }

  private State state = State.TRYING;
  private SipTimer timerE = SipTimer.NONE;
  private SipTimer timerF = SipTimer.NONE;
  private SipTimer timerK = SipTimer.NONE;
  private long intervalE;

  /**
   * Creates the transaction; {@link #start()} sends the request.
   *
   * @param request the request, with a fresh branch in its top Via
   * @param flow where it goes
   * @param context timers, the loop's scheduler, and counters
   * @param listener who hears the outcome
   */
  public NonInviteClientTransaction(
      SIPRequest request, SipFlow flow, TransactionContext context,
      ClientTransactionListener listener) {
    super(request, flow, context, listener);
  }

  @Override
  public void start() {
    if (!flow().transport().isReliable()) {
      intervalE = context.timers().t1Millis();
      timerE = context.scheduler().schedule(this::timerE, intervalE);
    }
    timerF = context.scheduler().schedule(this::timeout, context.timers().timeoutMillis());
    send(request());
  }

  @Override
  void receiveResponse(SIPResponse response) {
    if (state != State.TRYING && state != State.PROCEEDING) {
      return;
    }
    if (response.getStatusCode() < 200) {
      state = State.PROCEEDING;
      listener.onProvisionalResponse(response);
      return;
    }
    state = State.COMPLETED;
    timerE.cancel();
    timerF.cancel();
    timerK = scheduleUnlessReliable(this::terminate, context.timers().t4Millis());
    listener.onFinalResponse(response);
  }

  State state() {
    return state;
  }

  private void timerE() {
    if (state != State.TRYING && state != State.PROCEEDING) {
      return;
    }
    intervalE = state == State.TRYING
        ? context.timers().backoff(intervalE)
        : context.timers().t2Millis();
    timerE = context.scheduler().schedule(this::timerE, intervalE);
    retransmit();
  }

  @Override
  protected void cancelTimers() {
    state = State.TERMINATED;
    timerE.cancel();
    timerF.cancel();
    timerK.cancel();
  }
}
