package dev.voicebridge.bridge.rtp;

import java.lang.management.ManagementFactory;

/**
 * Measures heap allocation by the current thread (HotSpot's per-thread allocation counter), to
 * prove that a media path allocates nothing per packet.
 */
final class Allocations {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Allocations() {}

  /**
   * Runs {@code step} often enough to be compiled, then returns the bytes the current thread
   * allocated during {@code iterations} more runs.
   */
  static long bytesAllocatedBy(int iterations, Runnable step) {
    for (int i = 0; i < 20_000; i++) {
      step.run();
    }
    long thread = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(thread);
    for (int i = 0; i < iterations; i++) {
      step.run();
    }
    return THREADS.getThreadAllocatedBytes(thread) - before;
  }
}
