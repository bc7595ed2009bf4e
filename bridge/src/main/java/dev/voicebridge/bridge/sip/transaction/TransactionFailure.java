package dev.voicebridge.bridge.sip.transaction;

/** How a transaction failed (RFC 3261 §17.1.4, §17.2.4). */
public enum TransactionFailure {
  /** Timer B, F or H fired: no response, or no ACK for a non-2xx final response. */
  TIMEOUT,
  /** A message could not be written, e.g. the TCP connection was closed. */
  TRANSPORT_ERROR
}
