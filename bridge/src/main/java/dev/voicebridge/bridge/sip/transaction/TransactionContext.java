package dev.voicebridge.bridge.sip.transaction;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTimers;
import java.util.Objects;

/**
 * What every transaction on one event loop shares: the timer values, the loop's scheduler, and
 * the counters.
 *
 * @param timers T1, T2, T4 and timer D
 * @param scheduler the scheduler of the event loop the transaction is confined to
 * @param stats where retransmissions and timeouts are counted
 */
public record TransactionContext(SipTimers timers, SipTimerScheduler scheduler, SipStats stats) {
  /** Checks for nulls. */
  public TransactionContext {
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(stats, "stats");
  }
}
