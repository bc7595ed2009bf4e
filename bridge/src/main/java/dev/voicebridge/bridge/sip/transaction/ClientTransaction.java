package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.Objects;

/**
 * A client transaction: sends a request, retransmits it over UDP until a response arrives, and
 * gives the responses to its {@link ClientTransactionListener}.
 */
public abstract sealed class ClientTransaction extends SipTransaction
    permits InviteClientTransaction, NonInviteClientTransaction {
  private final SIPRequest request;
  final ClientTransactionListener listener;

  ClientTransaction(
      SIPRequest request, SipFlow flow, TransactionContext context,
      ClientTransactionListener listener) {
    super(TransactionKey.ofSentRequest(request), flow, context);
    this.request = Objects.requireNonNull(request, "request");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** The request sent. */
  public SIPRequest request() {
    return request;
  }

  /** Sends the request and starts the timers. */
  public abstract void start();

  /** Handles a response matched to this transaction (§17.1.3). */
  abstract void receiveResponse(SIPResponse response);

  @Override
  protected void onTransportError(Throwable cause) {
    listener.onFailure(TransactionFailure.TRANSPORT_ERROR);
  }

  /** Retransmits the request. */
  final void retransmit() {
    context.stats().retransmissionSent();
    send(request);
  }

  /** Ends on timer B or F. */
  final void timeout() {
    context.stats().transactionTimeout();
    terminate();
    listener.onFailure(TransactionFailure.TIMEOUT);
  }
}
