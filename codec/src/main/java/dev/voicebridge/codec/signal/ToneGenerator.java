package dev.voicebridge.codec.signal;

import java.util.Objects;

/**
 * Generates a sine tone, such as a 1,004 Hz test tone or a 425 Hz dial tone, one frame at a time.
 *
 * <p>The tone starts at phase zero and its phase carries over from one {@link #fill} to the next,
 * so frames join without clicks.
 */
public final class ToneGenerator {

  private final double frequencyHz;
  private final double levelDbfs;
  private final double peak;
  private final Oscillator oscillator;

  /**
   * Creates a tone generator.
   *
   * @param frequencyHz the tone's frequency, above 0 and below half the sample rate
   * @param levelDbfs the tone's RMS level in dBFS, at most -3.01 (a sine whose peaks touch full
   *     scale)
   * @param sampleRate samples per second, positive
   * @throws IllegalArgumentException if an argument is out of range
   */
  public ToneGenerator(double frequencyHz, double levelDbfs, int sampleRate) {
    checkSineLevel(levelDbfs);
    this.oscillator = new Oscillator(frequencyHz, sampleRate);
    this.frequencyHz = frequencyHz;
    this.levelDbfs = levelDbfs;
    this.peak = Dbfs.sinePeak(levelDbfs);
  }

  /** Returns the frequency in hertz. */
  public double frequencyHz() {
    return frequencyHz;
  }

  /** Returns the RMS level in dBFS. */
  public double levelDbfs() {
    return levelDbfs;
  }

  /**
   * Writes the next samples of the tone.
   *
   * @param dst the array receiving the samples
   * @param off the index of the first sample written
   * @param len the number of samples to write
   * @throws IndexOutOfBoundsException if the range does not fit the array
   */
  public void fill(short[] dst, int off, int len) {
    Objects.checkFromIndexSize(off, len, dst.length);
    for (int i = 0; i < len; i++) {
      dst[off + i] = Dbfs.toSample(peak * oscillator.next());
    }
  }

  static void checkSineLevel(double levelDbfs) {
    // Allow a hair above the exact limit so that -3.01 as typed is accepted; it rounds to 32,767.
    if (!(levelDbfs <= Dbfs.MAX_SINE_LEVEL + 1e-3)) {
      throw new IllegalArgumentException(
          "a sine at " + levelDbfs + " dBFS RMS would clip: the limit is -3.01 dBFS");
    }
  }
}
