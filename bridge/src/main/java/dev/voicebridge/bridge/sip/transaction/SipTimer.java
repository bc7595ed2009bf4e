package dev.voicebridge.bridge.sip.transaction;

/** A scheduled SIP timer (RFC 3261 §17 timers A to K, the 2xx retransmission timer). */
@FunctionalInterface
public interface SipTimer {
  /** A timer that was never scheduled; cancelling it does nothing. */
  SipTimer NONE = () -> {};

  /** Stops the timer if it has not fired; idempotent. Call on the timer's event loop. */
  void cancel();
}
