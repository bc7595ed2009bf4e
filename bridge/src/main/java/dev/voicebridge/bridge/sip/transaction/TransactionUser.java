package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * The layer above the transactions (RFC 3261 §5: the transaction user, here the UAS core and
 * dialogs). Every callback runs on the event loop of the message's Call-ID and must not block.
 */
public interface TransactionUser {
  /**
   * A request that starts a new server transaction: any method but ACK and CANCEL. The
   * transaction user must eventually send a final response through it.
   */
  void onRequest(ServerTransaction transaction);

  /**
   * An ACK that no INVITE server transaction absorbed: the ACK of a 2xx, which is its own
   * transaction (§17.1.1.3), or a stray one to drop silently.
   */
  void onAck(SIPRequest ack, SipFlow flow);

  /**
   * A new CANCEL (§9.2).
   *
   * @param cancel its server transaction, which must be answered
   * @param invite the INVITE server transaction it cancels, or null if there is none
   */
  void onCancel(NonInviteServerTransaction cancel, InviteServerTransaction invite);

  /**
   * A response that matches no client transaction. RFC 6026 §8.4: a 2xx to an INVITE may be a
   * retransmission or a fork for the core; anything else is dropped by the caller.
   */
  default void onStrayResponse(SIPResponse response, SipFlow flow) {}
}
