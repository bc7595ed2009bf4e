package dev.voicebridge.bridge.rtp;

/**
 * The adaptive playout delay of a {@link JitterBuffer}, in frames: four times the interarrival
 * jitter (covering nearly all of a roughly normal spread of arrival times), plus one frame per late
 * packet seen recently, within [min, max]. The late-packet allowance decays by one frame per
 * talkspurt that saw no late packet, so a burst of lateness is forgotten after a few sentences.
 * Single-threaded.
 */
final class PlayoutDelay {
  private static final int JITTER_MULTIPLE = 4;

  private final int ptimeMs;
  private final int minFrames;
  private final int maxFrames;
  private int targetFrames;
  private int lateAllowance;
  private boolean lateSinceAdapt;

  PlayoutDelay(int ptimeMs, int minDepthMs, int maxDepthMs) {
    this.ptimeMs = ptimeMs;
    this.minFrames = Math.max(1, ceilDiv(minDepthMs, ptimeMs));
    this.maxFrames = Math.max(minFrames, ceilDiv(maxDepthMs, ptimeMs));
    this.targetFrames = minFrames;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** A packet came too late for its frame: the delay was too short. */
  void noteLate() {
    lateSinceAdapt = true;
    lateAllowance = Math.min(lateAllowance + 1, maxFrames);
  }

  /**
   * Sets the delay for the talkspurt about to start.
   *
   * @param jitterMs the current interarrival jitter estimate
   * @return the delay in frames
   */
  int adapt(double jitterMs) {
    if (!lateSinceAdapt && lateAllowance > 0) {
      lateAllowance--;
    }
    lateSinceAdapt = false;
    int fromJitter = (int) Math.ceil(JITTER_MULTIPLE * jitterMs / ptimeMs);
    targetFrames = Math.min(maxFrames, Math.max(minFrames, fromJitter) + lateAllowance);
    return targetFrames;
  }

  /** The delay in frames last set by {@link #adapt}. */
  int targetFrames() {
    return targetFrames;
  }

  /** The deepest delay in frames. */
  int maxFrames() {
    return maxFrames;
  }
}
