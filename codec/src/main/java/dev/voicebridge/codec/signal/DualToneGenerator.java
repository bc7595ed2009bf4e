package dev.voicebridge.codec.signal;

import java.util.Locale;
import java.util.Objects;

/**
 * Generates the sum of two sine tones, one frame at a time: call progress tones such as North
 * American ringback (440 Hz + 480 Hz) and the DTMF key pairs of ITU-T Q.23.
 *
 * <p>Both tones start at phase zero and carry their phase over from one {@link #fill} to the next.
 */
public final class DualToneGenerator {

  /** DTMF row frequencies (low group), ITU-T Q.23 table 1. */
  private static final double[] DTMF_LOW = {697, 770, 852, 941};

  /** DTMF column frequencies (high group), ITU-T Q.23 table 1. */
  private static final double[] DTMF_HIGH = {1209, 1336, 1477, 1633};

  /** DTMF keys by row, then column. */
  private static final String DTMF_KEYS = "123A456B789C*0#D";

  private final double lowPeak;
  private final double highPeak;
  private final Oscillator low;
  private final Oscillator high;

  /**
   * Creates a dual-tone generator.
   *
   * @param firstHz the first tone's frequency, above 0 and below half the sample rate
   * @param firstDbfs the first tone's RMS level in dBFS
   * @param secondHz the second tone's frequency, above 0 and below half the sample rate
   * @param secondDbfs the second tone's RMS level in dBFS
   * @param sampleRate samples per second, positive
   * @throws IllegalArgumentException if an argument is out of range, or if the tones' peaks
   *     together would exceed full scale
   */
  public DualToneGenerator(
      double firstHz, double firstDbfs, double secondHz, double secondDbfs, int sampleRate) {
    ToneGenerator.checkSineLevel(firstDbfs);
    ToneGenerator.checkSineLevel(secondDbfs);
    this.low = new Oscillator(firstHz, sampleRate);
    this.high = new Oscillator(secondHz, sampleRate);
    this.lowPeak = Dbfs.sinePeak(firstDbfs);
    this.highPeak = Dbfs.sinePeak(secondDbfs);
    // Two unrelated frequencies eventually peak together, so their amplitudes simply add.
    if (lowPeak + highPeak > Dbfs.FULL_SCALE + 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "tones at %s and %s dBFS would clip: peaks add up to %.0f, above %.0f",
              firstDbfs,
              secondDbfs,
              lowPeak + highPeak,
              Dbfs.FULL_SCALE));
    }
  }

  /**
   * Creates a generator for one DTMF key, both tones at the same level.
   *
   * @param key one of {@code 0-9}, {@code *}, {@code #}, {@code A-D}
   * @param levelDbfs the RMS level of each of the two tones, in dBFS
   * @param sampleRate samples per second; at least 4,000 so that 1,633 Hz is below half of it
   * @return the generator
   * @throws IllegalArgumentException if the key is not a DTMF key or a level is out of range
   */
  public static DualToneGenerator dtmf(char key, double levelDbfs, int sampleRate) {
    int index = DTMF_KEYS.indexOf(Character.toUpperCase(key));
    if (index < 0) {
      throw new IllegalArgumentException("not a DTMF key: '" + key + "'");
    }
    return new DualToneGenerator(
        DTMF_LOW[index / 4], levelDbfs, DTMF_HIGH[index % 4], levelDbfs, sampleRate);
  }

  /**
   * Writes the next samples of the tone pair.
   *
   * @param dst the array receiving the samples
   * @param off the index of the first sample written
   * @param len the number of samples to write
   * @throws IndexOutOfBoundsException if the range does not fit the array
   */
  public void fill(short[] dst, int off, int len) {
    Objects.checkFromIndexSize(off, len, dst.length);
    for (int i = 0; i < len; i++) {
      dst[off + i] = Dbfs.toSample(lowPeak * low.next() + highPeak * high.next());
    }
  }
}
