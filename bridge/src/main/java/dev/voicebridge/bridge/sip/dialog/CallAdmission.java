package dev.voicebridge.bridge.sip.dialog;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts calls being set up or established against the configured maximum. Shared by every
 * event loop; a call holds its place from the admitted INVITE until its dialog terminates.
 */
public final class CallAdmission {
  private final int maxCalls;
  private final AtomicInteger calls = new AtomicInteger();

  /** Creates the counter for at most {@code maxCalls} concurrent calls. */
  public CallAdmission(int maxCalls) {
    if (maxCalls < 0) {
      throw new IllegalArgumentException("maxCalls must not be negative: " + maxCalls);
    }
    this.maxCalls = maxCalls;
  }

  /** Takes a place for a new call; false when the bridge is full. */
  public boolean tryAdmit() {
    while (true) {
      int current = calls.get();
      if (current >= maxCalls) {
        return false;
      }
      if (calls.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  /** Gives a call's place back; exactly once per successful {@link #tryAdmit()}. */
  public void release() {
    calls.decrementAndGet();
  }

  /** Calls holding a place now. */
  public int calls() {
    return calls.get();
  }
}
