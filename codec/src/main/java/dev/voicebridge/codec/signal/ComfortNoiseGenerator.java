package dev.voicebridge.codec.signal;

import java.util.Objects;

/**
 * Generates comfort noise: quiet, seeded random noise at a level in dBov, the unit of RFC 3389 (the
 * level byte of a comfort noise payload, 0 to 127, is minus the level in dBov).
 *
 * <p>Each sample is the sum of four uniform 16-bit numbers drawn from one xorshift64* output, which
 * is close to Gaussian and bounded: the peaks stay within 10.8 dB of the RMS level for white noise
 * and 15.6 dB for pink. Louder than about -11 dBov (white) or -16 dBov (pink), the rare peaks
 * saturate. The same seed always gives the same samples.
 */
public final class ComfortNoiseGenerator {

  /** The shape of the noise spectrum. */
  public enum Spectrum {
    /** Flat: equal power at every frequency. */
    WHITE,

    /**
     * Lightly pink: white noise through a one-pole low-pass, about 9.5 dB louder near 0 Hz than
     * near the Nyquist frequency. Closer to the background of a room or a car than white noise, and
     * less hissy, but not a true 1/f spectrum.
     */
    PINK
  }

  /** The RMS of the sum of four independent uniform 16-bit numbers: 2 * 65,536 / √12. */
  private static final double SUM_RMS = 2 * 65536 / Math.sqrt(12);

  /** The pink filter's pole; the gain √(1 - a²) brings its output back to the input RMS. */
  private static final double POLE = 0.5;

  private static final double POLE_GAIN = Math.sqrt(1 - POLE * POLE);

  private final double levelDbov;
  private final Spectrum spectrum;
  private final double gain;
  private final XorShift64Star random;
  private double previous;

  /**
   * Creates a comfort noise generator.
   *
   * @param levelDbov the RMS level in dBov, from -127 (RFC 3389's quietest) to 0
   * @param spectrum the spectrum shape
   * @param seed the random seed; equal seeds give equal noise
   * @throws IllegalArgumentException if the level is out of range
   */
  public ComfortNoiseGenerator(double levelDbov, Spectrum spectrum, long seed) {
    if (!(levelDbov >= -127 && levelDbov <= 0)) {
      throw new IllegalArgumentException(
          "comfort noise level must be from -127 to 0 dBov: " + levelDbov);
    }
    this.levelDbov = levelDbov;
    this.spectrum = Objects.requireNonNull(spectrum, "spectrum");
    this.gain = Dbfs.rms(levelDbov) / SUM_RMS * (spectrum == Spectrum.PINK ? POLE_GAIN : 1);
    this.random = new XorShift64Star(seed);
  }

  /** Returns the RMS level in dBov. */
  public double levelDbov() {
    return levelDbov;
  }

  /** Returns the spectrum shape. */
  public Spectrum spectrum() {
    return spectrum;
  }

  /**
   * Writes the next samples of noise.
   *
   * @param dst the array receiving the samples
   * @param off the index of the first sample written
   * @param len the number of samples to write
   * @throws IndexOutOfBoundsException if the range does not fit the array
   */
  public void fill(short[] dst, int off, int len) {
    Objects.checkFromIndexSize(off, len, dst.length);
    boolean pink = spectrum == Spectrum.PINK;
    for (int i = 0; i < len; i++) {
      long bits = random.nextLong();
      double noise =
          (short) bits + (short) (bits >> 16) + (short) (bits >> 32) + (short) (bits >> 48);
      if (pink) {
        previous = noise + POLE * previous;
        noise = previous;
      }
      dst[off + i] = Dbfs.toSample(gain * noise);
    }
  }
}
