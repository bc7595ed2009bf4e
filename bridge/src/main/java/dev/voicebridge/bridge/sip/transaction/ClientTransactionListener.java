package dev.voicebridge.bridge.sip.transaction;

import gov.nist.javax.sip.message.SIPResponse;

/**
 * Hears the outcome of a request the bridge sent. Every callback runs on the transaction's event
 * loop. Exactly one of {@link #onFinalResponse} and {@link #onFailure} ends a non-INVITE
 * transaction; an INVITE transaction may report further 2xx responses (retransmissions, forks)
 * while in its Accepted state, each needing the transaction user's ACK.
 */
public interface ClientTransactionListener {
  /** A 1xx response. */
  default void onProvisionalResponse(SIPResponse response) {}

  /** A final response. */
  void onFinalResponse(SIPResponse response);

  /** No final response: timer B or F fired, or the request could not be sent. */
  void onFailure(TransactionFailure failure);
}
