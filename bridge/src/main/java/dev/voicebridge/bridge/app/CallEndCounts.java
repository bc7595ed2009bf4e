package dev.voicebridge.bridge.app;

import dev.voicebridge.bridge.call.CallEnd;
import dev.voicebridge.bridge.call.CallSummary;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Ended calls by {@link CallEnd}. A summary listener: calls end on every event loop, hence adders.
 */
final class CallEndCounts implements Consumer<CallSummary> {
  private final LongAdder[] byEnd = new LongAdder[CallEnd.values().length];

  CallEndCounts() {
    for (int i = 0; i < byEnd.length; i++) {
      byEnd[i] = new LongAdder();
    }
  }

  /**
   * Whether an end means the bridge let the caller down, as opposed to the caller (or the
   * configured limits) ending the call: Voice Live failed, no RTP port was free, the media loops
   * were overloaded, or SIP gave up.
   */
  static boolean isFailure(CallEnd end) {
    return end == CallEnd.VOICE_LIVE_FAILED
        || end == CallEnd.NO_MEDIA_PORT
        || end == CallEnd.OVERLOADED
        || end == CallEnd.SIP_TERMINATED;
  }

  @Override
  public void accept(CallSummary summary) {
    byEnd[summary.end().ordinal()].increment();
  }

  /** Calls ended with {@code end}. */
  long count(CallEnd end) {
    return byEnd[end.ordinal()].sum();
  }

  /** Calls ended, whatever the reason. */
  long ended() {
    long n = 0;
    for (LongAdder a : byEnd) {
      n += a.sum();
    }
    return n;
  }

  /** Calls ended by a failure ({@link #isFailure}). */
  long failed() {
    long n = 0;
    for (CallEnd end : CallEnd.values()) {
      if (isFailure(end)) {
        n += count(end);
      }
    }
    return n;
  }
}
