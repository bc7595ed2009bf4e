package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTimers;
import dev.voicebridge.bridge.sip.transaction.SipTimer;
import dev.voicebridge.bridge.sip.transaction.SipTimerScheduler;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * Sends a 2xx to an INVITE again until its ACK arrives (RFC 3261 §13.3.1.4): the UAS core, not
 * the transaction, owns 2xx reliability. Over UDP the interval starts at T1 and doubles up to T2;
 * over any transport, no ACK within 64*T1 ends the wait.
 */
final class SuccessRetransmitter {
  private final SipTimerScheduler scheduler;
  private final SipTimers timers;
  private final SipFlow flow;
  private final SIPResponse success;
  private final SipStats stats;
  private final Runnable onNoAck;
  private SipTimer retransmitTimer = SipTimer.NONE;
  private SipTimer timeoutTimer = SipTimer.NONE;
  private long interval;
  private boolean stopped;

  SuccessRetransmitter(
      SipTimerScheduler scheduler, SipTimers timers, SipFlow flow, SIPResponse success,
      SipStats stats, Runnable onNoAck) {
    this.scheduler = scheduler;
    this.timers = timers;
    this.flow = flow;
    this.success = success;
    this.stats = stats;
    this.onNoAck = onNoAck;
  }

  /** Starts the timers; the 2xx itself was just sent through the INVITE transaction. */
  void start() {
    if (!flow.transport().isReliable()) {
      interval = timers.t1Millis();
      retransmitTimer = scheduler.schedule(this::retransmit, interval);
    }
    timeoutTimer = scheduler.schedule(this::timeout, timers.timeoutMillis());
  }

  /** The ACK arrived, or the dialog ended: stops both timers. Idempotent. */
  void stop() {
    stopped = true;
    retransmitTimer.cancel();
    timeoutTimer.cancel();
  }

  private void retransmit() {
    if (stopped) {
      return;
    }
    interval = timers.backoff(interval);
    retransmitTimer = scheduler.schedule(this::retransmit, interval);
    stats.retransmissionSent();
    flow.send(success);
  }

  private void timeout() {
    stop();
    onNoAck.run();
  }
}
