package dev.voicebridge.bridge.rtp;

/**
 * The interarrival jitter estimate of RFC 3550 §6.4.1, computed as in appendix A.8: the mean
 * deviation of the difference in packet spacing at the receiver compared with the sender, smoothed
 * with gain 1/16. Kept scaled by 16 in an integer as the RFC does, so it is exact and allocation
 * free. Single-threaded.
 */
final class InterarrivalJitter {
  private final double unitsPerNano;
  private final int clockRate;
  private boolean primed;
  private int lastTransit;
  private long jitterTimes16;

  InterarrivalJitter(int clockRate) {
    this.clockRate = clockRate;
    this.unitsPerNano = clockRate / 1e9;
  }

  /**
   * Accounts one packet.
   *
   * @param arrivalNanos the local arrival time on a monotonic clock
   * @param rtpTimestamp the packet's RTP timestamp
   */
  void update(long arrivalNanos, long rtpTimestamp) {
    // Both clocks wrap at 32 bits in int arithmetic, so only differences matter (A.8).
    int arrival = (int) (long) (arrivalNanos * unitsPerNano);
    int transit = arrival - (int) rtpTimestamp;
    if (primed) {
      int d = Math.abs(transit - lastTransit);
      jitterTimes16 += d - ((jitterTimes16 + 8) >> 4);
    }
    lastTransit = transit;
    primed = true;
  }

  /**
   * Forgets the last transit time but keeps the estimate: the next packet starts a new pair. Used
   * when the timestamp jumps, which says nothing about the network.
   */
  void restart() {
    primed = false;
  }

  /** Forgets everything (a new source). */
  void reset() {
    primed = false;
    jitterTimes16 = 0;
  }

  /** The estimate in RTP timestamp units, as reported in RTCP receiver reports. */
  long jitter() {
    return jitterTimes16 >> 4;
  }

  /** The estimate in milliseconds. */
  double jitterMillis() {
    return jitterTimes16 / 16.0 * 1000.0 / clockRate;
  }
}
