package dev.voicebridge.bridge.sip;

/** Why a call's dialog ended, as reported by {@link DialogListener#onTerminated}. */
public enum TerminationReason {
  /** The caller sent CANCEL before the final answer; the INVITE got 487. */
  CANCELLED,
  /** The caller hung up with BYE. */
  REMOTE_BYE,
  /** The bridge's BYE ({@link SipDialog#bye()}) was answered. */
  LOCAL_BYE,
  /** The bridge's BYE got no final response before timer F (64*T1). */
  BYE_TIMEOUT,
  /** The call layer rejected the INVITE ({@link IncomingInvite#reject}). */
  REJECTED,
  /** The call layer did not answer the INVITE within {@link SipConfig#inviteTimeout()}. */
  UNANSWERED,
  /** No ACK arrived for the 2xx within 64*T1 (RFC 3261 §13.3.1.4); the bridge sent BYE. */
  NO_ACK,
  /** A message of the dialog could not be sent, e.g. the caller's TCP connection closed. */
  TRANSPORT_ERROR,
  /** The SIP server is stopping. */
  SHUTDOWN
}
