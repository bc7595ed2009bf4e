package dev.voicebridge.codec.signal;

/** Converts RMS levels in dB relative to full scale to linear sample values. */
final class Dbfs {

  /** The largest positive 16-bit sample: a square wave of ±FULL_SCALE is 0 dB. */
  static final double FULL_SCALE = Short.MAX_VALUE;

  /** The loudest RMS level of a sine whose peaks stay within full scale: 20 log10(1/√2). */
  static final double MAX_SINE_LEVEL = 20 * Math.log10(Math.sqrt(0.5));

  private Dbfs() {}

  /** Returns the RMS sample value of a signal at the given level. */
  static double rms(double levelDb) {
    return FULL_SCALE * Math.pow(10, levelDb / 20);
  }

  /** Returns the peak amplitude of a sine at the given RMS level. */
  static double sinePeak(double levelDb) {
    return rms(levelDb) * Math.sqrt(2);
  }

  /**
   * Rounds a sample value to 16 bits, saturating at ±32,767 rather than wrapping. The limit is
   * symmetric so that a signal at full scale has equal positive and negative peaks.
   */
  static short toSample(double value) {
    long rounded = Math.round(value);
    return (short) Math.max(-Short.MAX_VALUE, Math.min(Short.MAX_VALUE, rounded));
  }
}
