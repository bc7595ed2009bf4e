package dev.voicebridge.bridge.rtp;

import java.util.Arrays;

/**
 * Tuning of a {@link JitterBuffer}.
 *
 * @param minDepthMs the smallest playout delay, also the starting one (default 40 ms)
 * @param maxDepthMs the largest playout delay the buffer adapts to (default 200 ms)
 * @param concealmentRepeats how many lost frames in a row repeat the last frame, attenuated once
 *     more each time, before concealment turns to silence (default 2)
 * @param attenuation maps a payload octet to the same sample about 6 dB quieter (256 entries), or
 *     {@code null} to repeat unchanged. The payload is opaque here, so the call layer builds the
 *     table once per law from the G.711 codec (decode, halve, encode).
 */
public record JitterBufferConfig(
    int minDepthMs, int maxDepthMs, int concealmentRepeats, byte[] attenuation) {
  /** Default {@link #minDepthMs()}. */
  public static final int DEFAULT_MIN_DEPTH_MS = 40;

  /** Default {@link #maxDepthMs()}. */
  public static final int DEFAULT_MAX_DEPTH_MS = 200;

  /** Default {@link #concealmentRepeats()}. */
  public static final int DEFAULT_CONCEALMENT_REPEATS = 2;

  /** Defaults throughout, no attenuation table. */
  public static final JitterBufferConfig DEFAULT = newBuilder().build();

  /** Validates the fields and copies the table. */
  public JitterBufferConfig {
    if (minDepthMs < 0 || maxDepthMs < minDepthMs) {
      throw new IllegalArgumentException("bad depth range " + minDepthMs + "-" + maxDepthMs);
    }
    if (concealmentRepeats < 0) {
      throw new IllegalArgumentException("concealmentRepeats must be >= 0: " + concealmentRepeats);
    }
    if (attenuation != null && attenuation.length != 256) {
      throw new IllegalArgumentException("attenuation table needs 256 entries");
    }
    attenuation = attenuation == null ? null : attenuation.clone();
  }

  /** A copy of the attenuation table, or {@code null}. */
  @Override
  public byte[] attenuation() {
    return attenuation == null ? null : attenuation.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JitterBufferConfig other
        && minDepthMs == other.minDepthMs
        && maxDepthMs == other.maxDepthMs
        && concealmentRepeats == other.concealmentRepeats
        && Arrays.equals(attenuation, other.attenuation);
  }

  @Override
  public int hashCode() {
    return ((minDepthMs * 31 + maxDepthMs) * 31 + concealmentRepeats) * 31
        + Arrays.hashCode(attenuation);
  }

  @Override
  public String toString() {
    return "JitterBufferConfig[depth="
        + minDepthMs
        + "-"
        + maxDepthMs
        + " ms, concealmentRepeats="
        + concealmentRepeats
        + (attenuation == null ? "" : ", attenuated")
        + "]";
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Builds a {@link JitterBufferConfig}. */
  public static final class Builder {
    private int minDepthMs = DEFAULT_MIN_DEPTH_MS;
    private int maxDepthMs = DEFAULT_MAX_DEPTH_MS;
    private int concealmentRepeats = DEFAULT_CONCEALMENT_REPEATS;
    private byte[] attenuation;

    private Builder() {}

    /** Sets the playout delay range. */
    public Builder depthMs(int min, int max) {
      this.minDepthMs = min;
      this.maxDepthMs = max;
      return this;
    }

    /** Sets how many lost frames are concealed by repetition before silence. */
    public Builder concealmentRepeats(int repeats) {
      this.concealmentRepeats = repeats;
      return this;
    }

    /** Sets the 256-entry attenuation table (copied). */
    public Builder attenuation(byte[] table) {
      this.attenuation = table;
      return this;
    }

    /** Builds the config. */
    public JitterBufferConfig build() {
      return new JitterBufferConfig(minDepthMs, maxDepthMs, concealmentRepeats, attenuation);
    }
  }
}
