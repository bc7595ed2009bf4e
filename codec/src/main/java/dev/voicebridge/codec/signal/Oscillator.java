package dev.voicebridge.codec.signal;

/**
 * A sine oscillator built on a phase accumulator. The phase is kept in [0, 2π) so that rounding
 * does not grow with the length of a call, and each sample costs the same operations in the same
 * order however the signal is split into frames.
 */
final class Oscillator {

  private static final double TWO_PI = 2 * Math.PI;

  private final double increment;
  private double phase;

  /**
   * Creates an oscillator starting at phase zero.
   *
   * @param frequencyHz above 0 and below half the sample rate
   * @param sampleRate samples per second
   */
  Oscillator(double frequencyHz, int sampleRate) {
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
    }
    if (!(frequencyHz > 0 && frequencyHz < sampleRate / 2.0)) {
      throw new IllegalArgumentException(
          "frequency must be above 0 and below half the sample rate of "
              + sampleRate
              + " Hz: "
              + frequencyHz
              + " Hz");
    }
    this.increment = TWO_PI * frequencyHz / sampleRate;
  }

  /** Returns the sine of the current phase, in [-1, 1], and advances by one sample. */
  double next() {
    double value = Math.sin(phase);
    phase += increment;
    if (phase >= TWO_PI) {
      phase -= TWO_PI;
    }
    return value;
  }
}
