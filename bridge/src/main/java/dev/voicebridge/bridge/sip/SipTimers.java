package dev.voicebridge.bridge.sip;

import java.time.Duration;
import java.util.Objects;

/**
 * The RFC 3261 transaction timer base values (§17.1.1.1, table 4 of appendix A). Every timer of
 * the transaction and dialog layers derives from these, so tests shrink them all at once.
 *
 * @param t1 round-trip time estimate; retransmissions start at T1 and timeouts are 64*T1
 * @param t2 the maximum retransmission interval for non-INVITE requests and INVITE responses
 * @param t4 the maximum time a message stays in the network; how long completed transactions
 *     linger over UDP to absorb retransmissions (timers I and K)
 * @param timerD how long a completed INVITE client transaction absorbs retransmitted final
 *     responses over UDP (at least 32 s per RFC 3261)
 */
public record SipTimers(Duration t1, Duration t2, Duration t4, Duration timerD) {
  /** RFC 3261 defaults: T1 500 ms, T2 4 s, T4 5 s, timer D 32 s. */
  public static final SipTimers DEFAULT =
      new SipTimers(
          Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(5),
          Duration.ofSeconds(32));

  /** Validates that every value is positive and that T1 does not exceed T2. */
  public SipTimers {
    Objects.requireNonNull(t1, "t1");
    Objects.requireNonNull(t2, "t2");
    Objects.requireNonNull(t4, "t4");
    Objects.requireNonNull(timerD, "timerD");
    if (t1.isNegative() || t1.isZero() || t2.compareTo(t1) < 0 || t4.isNegative()
        || timerD.isNegative()) {
      throw new IllegalArgumentException(
          "SIP timers must be positive with T1 <= T2: " + t1 + ", " + t2 + ", " + t4);
    }
  }

  /**
   * Timers scaled down from the defaults by T1, keeping the RFC ratios (T2 = 8*T1, T4 = 10*T1,
   * D = 64*T1), for tests.
   */
  public static SipTimers scaledTo(Duration t1) {
    return new SipTimers(t1, t1.multipliedBy(8), t1.multipliedBy(10), t1.multipliedBy(64));
  }

  /** T1 in milliseconds. */
  public long t1Millis() {
    return t1.toMillis();
  }

  /** T2 in milliseconds. */
  public long t2Millis() {
    return t2.toMillis();
  }

  /** T4 in milliseconds. */
  public long t4Millis() {
    return t4.toMillis();
  }

  /** Timer D in milliseconds. */
  public long timerDMillis() {
    return timerD.toMillis();
  }

  /**
   * 64*T1: the transaction timeout (timers B, F, H, J, L, M) and how long the UAS waits for the
   * ACK of its 2xx (RFC 3261 §13.3.1.4).
   */
  public long timeoutMillis() {
    return 64 * t1.toMillis();
  }

  /** The next retransmission interval after {@code interval}: doubled, capped at T2. */
  public long backoff(long intervalMillis) {
    return Math.min(2 * intervalMillis, t2.toMillis());
  }
}
