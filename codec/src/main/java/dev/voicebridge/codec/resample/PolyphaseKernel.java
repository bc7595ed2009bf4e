package dev.voicebridge.codec.resample;

import java.util.Arrays;

/**
 * The polyphase form of one {@link FilterDesign}, arranged so the inner loop vectorises, and the
 * loop itself. Immutable: every {@link Resampler} of a rate pair shares one kernel.
 *
 * <p><b>Indexing.</b> Output sample {@code n = L q + c} belongs to period {@code q} and class
 * {@code c} (0 to L-1). Its newest input is {@code x[q M + e(c)]} with {@code e(c) = floor(c M /
 * L)}, and it is the dot product of the taps {@code h[k L + p(c)]}, {@code p(c) = c M mod L}, with
 * {@code x[q M + e(c) - k]}. The input is kept in M streams, stream {@code s} holding {@code x[r M
 * + s]} at position {@code r}, so for a fixed tap the inputs of consecutive periods are adjacent in
 * one stream.
 *
 * <p><b>Why windows.</b> HotSpot's C2 (JDK 17) vectorises {@code a[t] += g * b[t]} but not {@code
 * a[t] += g * b[t + offset]}: two float arrays indexed differently might alias. So the kernel
 * copies, once per relative input index {@code d = e(c) - k}, the stream slice every tap with that
 * {@code d} reads into a scratch "window" indexed like the accumulators, and the inner loop uses
 * one index for every array. For upsampling all L classes share each window; for downsampling each
 * window serves one tap, and the copy still costs far less than the scalar loop it replaces
 * (measured: 4 to 5 times slower without packed arithmetic).
 *
 * <p><b>Why groups.</b> The inner loop applies the taps of four consecutive windows in one pass,
 * {@code a[t] += (g0 w0[t] + g1 w1[t]) + (g2 w2[t] + g3 w3[t])}, so the accumulator is loaded and
 * stored once per four taps; this made the kernel about 30% faster than one tap per pass. A class
 * with no tap in some of the four windows multiplies them by 0, which adds nothing.
 *
 * <p><b>Bit-exactness.</b> Each output is computed by the same sequence of float operations, fixed
 * by the tap layout, whatever the block boundaries: that is what makes chunked processing give
 * identical samples.
 */
final class PolyphaseKernel {

  /** Windows per pass of the inner loop. */
  static final int GROUP = 4;

  /** The filter this kernel runs. */
  final FilterDesign design;

  /** L: output classes per period. */
  final int up;

  /** M: input streams, that is input samples per period. */
  final int down;

  /** How many periods before the current one the oldest tap reaches. */
  final int history;

  /** e(c): the newest input of class c, as an index within the period. */
  final int[] newestInput;

  private final int nonZeroTaps;

  private final int[] windowStream;
  private final int[] windowPeriod;

  /** The entries of window group g are {@code groupFirstEntry[g]} to {@code [g + 1] - 1}. */
  private final int[] groupFirstEntry;

  /** The class an entry updates. */
  private final int[] entryClass;

  /** {@link #GROUP} coefficients per entry, one per window of the group, 0 where it has none. */
  private final float[] entryCoefficients;

  /**
   * Arranges a design's prototype into polyphase windows, dropping its zero taps.
   *
   * @param design the filter to arrange
   */
  PolyphaseKernel(FilterDesign design) {
    this.design = design;
    this.up = design.up;
    this.down = design.down;
    newestInput = new int[up];
    for (int c = 0; c < up; c++) {
      newestInput[c] = c * down / up;
    }
    // One window per relative input index d, newest first: taps[w][c] is the tap of class c
    // that reads it, 0 if none.
    double[] h = design.prototype();
    int tapsPerClass = (h.length + up - 1) / up;
    int newest = newestInput[up - 1];
    float[][] taps = new float[newest + tapsPerClass][up];
    int[] stream = new int[taps.length];
    int[] period = new int[taps.length];
    int windows = 0;
    int nonZero = 0;
    for (int d = newest; d > -tapsPerClass; d--) {
      boolean used = false;
      for (int c = 0; c < up; c++) {
        int k = newestInput[c] - d;
        int index = k * up + c * down % up;
        if (k >= 0 && k < tapsPerClass && index < h.length && h[index] != 0) {
          taps[windows][c] = (float) h[index];
          used = true;
          nonZero++;
        }
      }
      if (used) {
        stream[windows] = Math.floorMod(d, down);
        period[windows] = Math.floorDiv(d, down);
        windows++;
      }
    }
    windowStream = Arrays.copyOf(stream, windows);
    windowPeriod = Arrays.copyOf(period, windows);
    history = -windowPeriod[windows - 1];
    nonZeroTaps = nonZero;

    // One entry per group of GROUP windows and class with a tap in them.
    int groups = (windows + GROUP - 1) / GROUP;
    groupFirstEntry = new int[groups + 1];
    int[] classes = new int[groups * up];
    float[] coefficients = new float[groups * up * GROUP];
    int entries = 0;
    for (int g = 0; g < groups; g++) {
      groupFirstEntry[g] = entries;
      for (int c = 0; c < up; c++) {
        boolean used = false;
        for (int i = 0, w = g * GROUP; i < GROUP && w < windows; i++, w++) {
          coefficients[entries * GROUP + i] = taps[w][c];
          used |= taps[w][c] != 0;
        }
        if (used) {
          classes[entries++] = c;
        } else {
          Arrays.fill(coefficients, entries * GROUP, entries * GROUP + GROUP, 0f);
        }
      }
    }
    groupFirstEntry[groups] = entries;
    entryClass = Arrays.copyOf(classes, entries);
    entryCoefficients = Arrays.copyOf(coefficients, entries * GROUP);
  }

  /**
   * Returns how many taps the kernel multiplies by, the design's zeros left out.
   *
   * @return the number of non-zero taps, summed over all classes
   */
  int nonZeroTaps() {
    return nonZeroTaps;
  }

  /**
   * Computes output samples for a range of periods in every class.
   *
   * <p>Class {@code c} gets the outputs of periods {@code base + from[c]} to {@code base + to[c] -
   * 1}, written to {@code acc[c][from[c]]} onwards; a class with {@code to[c] <= from[c]} gets
   * none.
   *
   * @param streams the input streams, with {@link #history} periods before {@code base}
   * @param base the stream position of the first period computed
   * @param from per class, the first period to compute, relative to {@code base}
   * @param to per class, one past the last period to compute, relative to {@code base}
   * @param span the largest {@code to[c]}
   * @param acc per class, the output accumulators, indexed from {@code base}
   * @param windows {@link #GROUP} scratch arrays of at least {@code span} floats, holding finite
   *     values (zeros at first)
   */
  void accumulate(
      float[][] streams,
      int base,
      int[] from,
      int[] to,
      int span,
      float[][] acc,
      float[][] windows) {
    for (int c = 0; c < up; c++) {
      Arrays.fill(acc[c], from[c], Math.max(from[c], to[c]), 0f);
    }
    float[] w0 = windows[0];
    float[] w1 = windows[1];
    float[] w2 = windows[2];
    float[] w3 = windows[3];
    for (int g = 0; g < groupFirstEntry.length - 1; g++) {
      // A short last group leaves stale but finite values in its unused windows: times 0, they
      // add nothing.
      for (int i = 0, w = g * GROUP; i < GROUP && w < windowStream.length; i++, w++) {
        System.arraycopy(streams[windowStream[w]], base + windowPeriod[w], windows[i], 0, span);
      }
      for (int e = groupFirstEntry[g]; e < groupFirstEntry[g + 1]; e++) {
        int c = entryClass[e];
        multiplyAdd(acc[c], from[c], to[c], w0, w1, w2, w3, e * GROUP);
      }
    }
  }

  private void multiplyAdd(
      float[] acc, int from, int to, float[] w0, float[] w1, float[] w2, float[] w3, int k) {
    float g0 = entryCoefficients[k];
    float g1 = entryCoefficients[k + 1];
    float g2 = entryCoefficients[k + 2];
    float g3 = entryCoefficients[k + 3];
    // Same index on every array: the shape C2 turns into packed multiplies and adds. Four taps
    // per pass load and store the accumulator a quarter as often as one tap per pass.
    for (int t = from; t < to; t++) {
      acc[t] += (g0 * w0[t] + g1 * w1[t]) + (g2 * w2[t] + g3 * w3[t]);
    }
  }
}
