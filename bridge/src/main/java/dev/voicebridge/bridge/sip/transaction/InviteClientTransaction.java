package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.text.ParseException;
import java.util.List;
import javax.sip.InvalidArgumentException;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

/**
 * The INVITE client transaction of RFC 3261 §17.1.1 with the Accepted state of RFC 6026 §7.2, for
 * the bridge's outbound calls.
 *
 * <pre>
 *   CALLING    --timer A--> resend, A doubles (UDP only)
 *   CALLING    --timer B (64*T1)--> TERMINATED, timeout reported
 *   CALLING/PROCEEDING --1xx--> PROCEEDING (timers A and B stop)
 *   CALLING/PROCEEDING --2xx--> ACCEPTED (timer M 64*T1; further 2xx go to the listener, whose
 *                                        core sends the ACK, §13.2.2.4)
 *   CALLING/PROCEEDING --3xx-6xx--> COMPLETED: the transaction sends the ACK (§17.1.1.3),
 *                                        timer D (32 s over UDP, 0 over TCP) absorbs repeats
 * </pre>
 */
public final class InviteClientTransaction extends ClientTransaction {
  enum State {
    CALLING,
    PROCEEDING,
    ACCEPTED,
    COMPLETED,
    TERMINATED
  }

  private State state = State.CALLING;
  private SipTimer timerA = SipTimer.NONE;
  private SipTimer timerB = SipTimer.NONE;
  private SipTimer lingerTimer = SipTimer.NONE;
  private long intervalA;
  private SIPRequest ack;

  /**
   * Creates the transaction; {@link #start()} sends the INVITE.
   *
   * @param invite the INVITE, with a fresh branch in its top Via
   * @param flow where it goes
   * @param context timers, the loop's scheduler, and counters
   * @param listener who hears the outcome
   */
  public InviteClientTransaction(
      SIPRequest invite, SipFlow flow, TransactionContext context,
      ClientTransactionListener listener) {
    super(invite, flow, context, listener);
  }

  @Override
  public void start() {
    if (!flow().transport().isReliable()) {
      intervalA = context.timers().t1Millis();
      timerA = context.scheduler().schedule(this::timerA, intervalA);
    }
    timerB = context.scheduler().schedule(this::timerB, context.timers().timeoutMillis());
    send(request());
  }

  @Override
  void receiveResponse(SIPResponse response) {
    int status = response.getStatusCode();
    switch (state) {
      case CALLING, PROCEEDING -> {
        if (status < 200) {
          stopCalling();
          state = State.PROCEEDING;
          listener.onProvisionalResponse(response);
        } else if (status < 300) {
          stopCalling();
          state = State.ACCEPTED;
          lingerTimer =
              context.scheduler().schedule(this::terminate, context.timers().timeoutMillis());
          listener.onFinalResponse(response);
        } else {
          stopCalling();
          state = State.COMPLETED;
          ack = ackFor(request(), response);
          lingerTimer = scheduleUnlessReliable(this::terminate, context.timers().timerDMillis());
          send(ack);
          listener.onFinalResponse(response);
        }
      }
      case ACCEPTED -> {
        if (status >= 200 && status < 300) {
          listener.onFinalResponse(response);
        }
      }
      case COMPLETED -> {
        if (status >= 300) {
          send(ack);
        }
      }
      default -> {}
    }
  }

  State state() {
    return state;
  }

  private void stopCalling() {
    timerA.cancel();
    timerB.cancel();
  }

  private void timerA() {
    if (state != State.CALLING) {
      return;
    }
    intervalA *= 2;
    timerA = context.scheduler().schedule(this::timerA, intervalA);
    retransmit();
  }

  private void timerB() {
    if (state == State.CALLING) {
      timeout();
    }
  }

  @Override
  protected void cancelTimers() {
    state = State.TERMINATED;
    timerA.cancel();
    timerB.cancel();
    lingerTimer.cancel();
  }

  /**
   * The ACK of a non-2xx final response (§17.1.1.3): the INVITE's Request-URI, Call-ID, From, top
   * Via and Route headers, the response's To (with its tag), and the INVITE's CSeq number.
   */
  static SIPRequest ackFor(SIPRequest invite, SIPResponse response) {
    try {
      CSeqHeader cseq = SipFactories.headers()
          .createCSeqHeader(invite.getCSeq().getSeqNumber(), Request.ACK);
      SIPRequest ack = (SIPRequest) SipFactories.messages().createRequest(
          (URI) invite.getRequestURI().clone(), Request.ACK,
          (CallIdHeader) invite.getCallId().clone(), cseq,
          (FromHeader) invite.getFrom().clone(), (ToHeader) response.getTo().clone(),
          List.of((Via) invite.getTopmostVia().clone()),
          SipFactories.headers().createMaxForwardsHeader(70));
      var routes = invite.getHeaders(RouteHeader.NAME);
      while (routes.hasNext()) {
        ack.addHeader((Header) routes.next().clone());
      }
      return ack;
    } catch (ParseException | InvalidArgumentException e) {
      throw new IllegalStateException("Cannot build ACK for " + invite.getFirstLine(), e);
    }
  }
}
