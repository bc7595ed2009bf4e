package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.Objects;

/**
 * A server transaction: receives a request and its retransmissions, sends the responses the
 * transaction user gives it, and answers a retransmitted request with the last response sent.
 */
public abstract sealed class ServerTransaction extends SipTransaction
    permits InviteServerTransaction, NonInviteServerTransaction {
  private final SIPRequest request;
  private FailureListener failureListener = (transaction, failure) -> {};
  SIPResponse lastResponse;

  ServerTransaction(SIPRequest request, SipFlow responseFlow, TransactionContext context) {
    super(TransactionKey.ofRequest(request), responseFlow, context);
    this.request = Objects.requireNonNull(request, "request");
  }

  /** The request that created the transaction. */
  public SIPRequest request() {
    return request;
  }

  /** The request method. */
  public String method() {
    return request.getMethod();
  }

  /** The last response sent, or null. */
  public SIPResponse lastResponse() {
    return lastResponse;
  }

  /** Whether a final (non-1xx) response has been sent. */
  public boolean hasFinalResponse() {
    return lastResponse != null && lastResponse.getStatusCode() >= 200;
  }

  /**
   * Sends a response from the transaction user. It must not be changed afterwards.
   *
   * @throws IllegalStateException if the state allows no such response (a second final one)
   */
  public abstract void sendResponse(SIPResponse response);

  /** Sets who hears of a timeout or transport error; the transaction user, once it cares. */
  public void onFailure(FailureListener listener) {
    this.failureListener = Objects.requireNonNull(listener, "listener");
  }

  /** Handles a retransmission of the request (§17.2.1, §17.2.2). */
  abstract void receiveRetransmission();

  /** Reports a failure after terminating. */
  final void fail(TransactionFailure failure) {
    failureListener.onFailure(this, failure);
  }

  @Override
  protected void onTransportError(Throwable cause) {
    fail(TransactionFailure.TRANSPORT_ERROR);
  }

  /** Resends the last response for a retransmitted request. */
  final void resendLastResponse() {
    context.stats().retransmissionAbsorbed();
    if (lastResponse != null) {
      send(lastResponse);
    }
  }

  /** Hears that a server transaction failed. */
  @FunctionalInterface
  public interface FailureListener {
    /** Called on the transaction's event loop after it terminated. */
    void onFailure(ServerTransaction transaction, TransactionFailure failure);
  }
}
