package dev.voicebridge.codec.pcm;

import java.util.Objects;

/**
 * Static helpers for signed 16-bit linear PCM: byte order, saturation and level measurement.
 *
 * <p>Byte order is little-endian (low byte first), the order of Voice Live's {@code pcm16} audio
 * and of WAV files. Levels are given in dBFS relative to the largest 16-bit magnitude, 32768: a
 * full-scale square wave reads 0 dBFS and a full-scale sine about -3.01 dBFS, the convention sox
 * and most editors use for RMS. Nothing here allocates.
 */
public final class Pcm16 {

  /** The largest magnitude a 16-bit sample can reach, the reference for dBFS. */
  public static final double FULL_SCALE = 32768.0;

  private static final float ROUNDING_MAGIC = 0x1.8p23f;

  private Pcm16() {}

  /**
   * Writes samples as little-endian bytes, two per sample.
   *
   * @param src the samples to write
   * @param srcOff index of the first sample in {@code src}
   * @param dst the array that receives {@code 2 * samples} bytes
   * @param dstOff index in {@code dst} of the first byte written
   * @param samples how many samples to convert
   * @throws IndexOutOfBoundsException if either range lies outside its array
   */
  public static void toLittleEndian(short[] src, int srcOff, byte[] dst, int dstOff, int samples) {
    Objects.checkFromIndexSize(srcOff, samples, src.length);
    Objects.checkFromIndexSize(dstOff, 2 * samples, dst.length);
    for (int i = 0; i < samples; i++) {
      short s = src[srcOff + i];
      dst[dstOff + 2 * i] = (byte) s;
      dst[dstOff + 2 * i + 1] = (byte) (s >> 8);
    }
  }

  /**
   * Reads little-endian bytes, two per sample, into samples.
   *
   * @param src the bytes to read, low byte of each sample first
   * @param srcOff index in {@code src} of the first byte read
   * @param dst the array that receives the samples
   * @param dstOff index in {@code dst} of the first sample written
   * @param samples how many samples to convert ({@code 2 * samples} bytes are read)
   * @throws IndexOutOfBoundsException if either range lies outside its array
   */
  public static void fromLittleEndian(
      byte[] src, int srcOff, short[] dst, int dstOff, int samples) {
    Objects.checkFromIndexSize(srcOff, 2 * samples, src.length);
    Objects.checkFromIndexSize(dstOff, samples, dst.length);
    for (int i = 0; i < samples; i++) {
      int lo = src[srcOff + 2 * i] & 0xff;
      int hi = src[srcOff + 2 * i + 1];
      dst[dstOff + i] = (short) ((hi << 8) | lo);
    }
  }

  /**
   * Clamps a value to the 16-bit range instead of letting it wrap around, which would turn a slight
   * overload into a full-scale click.
   *
   * @param value any integer sample value
   * @return {@code value} limited to [-32768, 32767]
   */
  public static short saturate(int value) {
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
  }

  /**
   * Rounds a sample computed in floating point to the nearest integer and saturates it. Ties go to
   * the even neighbour, so rounding adds no DC bias.
   *
   * @param value a sample value on the 16-bit scale, e.g. a filter output
   * @return the nearest 16-bit sample, limited to [-32768, 32767]
   */
  public static short round(float value) {
    float clamped = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    // Adding 1.5 * 2^23 leaves no fraction bits, so the FPU rounds (to nearest even) for us;
    // several times cheaper than Math.round, and this runs once per output sample.
    return (short) (int) ((clamped + ROUNDING_MAGIC) - ROUNDING_MAGIC);
  }

  /**
   * Returns the largest magnitude in a range of samples.
   *
   * @param samples the signal
   * @param off index of the first sample measured
   * @param len how many samples to measure
   * @return the peak magnitude, 0 to 32768 (the magnitude of -32768), or 0 for an empty range
   * @throws IndexOutOfBoundsException if the range lies outside the array
   */
  public static int peak(short[] samples, int off, int len) {
    Objects.checkFromIndexSize(off, len, samples.length);
    int peak = 0;
    for (int i = off; i < off + len; i++) {
      peak = Math.max(peak, Math.abs(samples[i]));
    }
    return peak;
  }

  /**
   * Returns the peak magnitude of a range of samples in dBFS.
   *
   * @param samples the signal
   * @param off index of the first sample measured
   * @param len how many samples to measure
   * @return {@code 20 log10(peak / 32768)}: 0 for a full-scale sample, negative infinity for
   *     silence or an empty range
   * @throws IndexOutOfBoundsException if the range lies outside the array
   */
  public static double peakDbfs(short[] samples, int off, int len) {
    return toDbfs(peak(samples, off, len));
  }

  /**
   * Returns the root mean square of a range of samples, on the 16-bit scale.
   *
   * @param samples the signal
   * @param off index of the first sample measured
   * @param len how many samples to measure
   * @return the RMS value, 0 to 32768, or 0 for an empty range
   * @throws IndexOutOfBoundsException if the range lies outside the array
   */
  public static double rms(short[] samples, int off, int len) {
    Objects.checkFromIndexSize(off, len, samples.length);
    if (len == 0) {
      return 0;
    }
    // A long holds the sum of squares exactly for any array a JVM can allocate (2^31 * 2^30).
    long sumOfSquares = 0;
    for (int i = off; i < off + len; i++) {
      int s = samples[i];
      sumOfSquares += s * s;
    }
    return Math.sqrt((double) sumOfSquares / len);
  }

  /**
   * Returns the RMS level of a range of samples in dBFS.
   *
   * @param samples the signal
   * @param off index of the first sample measured
   * @param len how many samples to measure
   * @return {@code 20 log10(rms / 32768)}: about -3.01 for a full-scale sine, negative infinity for
   *     silence or an empty range
   * @throws IndexOutOfBoundsException if the range lies outside the array
   */
  public static double rmsDbfs(short[] samples, int off, int len) {
    return toDbfs(rms(samples, off, len));
  }

  private static double toDbfs(double magnitude) {
    return magnitude == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(magnitude / FULL_SCALE);
  }
}
