package dev.voicebridge.bridge.rtp;

/**
 * Tuning of an {@link RtpPacer}.
 *
 * @param periodMs the tick period: the ptime of every stream on the pacer (default 20 ms)
 * @param maxFramesPerTick ticks one run may execute when the loop was late (default 1: a late loop
 *     catches up through runs scheduled back to back, each sending one frame per stream and letting
 *     other I/O in between)
 * @param maxLagTicks how far behind the pacer may fall before the backlog is dropped instead of
 *     sent in a burst (default 50: one second, e.g. a GC pause); the grid is kept either way
 */
public record RtpPacerConfig(int periodMs, int maxFramesPerTick, int maxLagTicks) {
  /** Defaults: 20 ms, one frame per run, one second of lag. */
  public static final RtpPacerConfig DEFAULT = new RtpPacerConfig(20, 1, 50);

  /** Validates the fields. */
  public RtpPacerConfig {
    if (periodMs <= 0 || maxFramesPerTick <= 0 || maxLagTicks <= 0) {
      throw new IllegalArgumentException(
          "pacer settings must be positive: "
              + periodMs
              + ", "
              + maxFramesPerTick
              + ", "
              + maxLagTicks);
    }
  }
}
