package dev.voicebridge.codec.resample;

import java.util.Arrays;

/**
 * The polyphase form of one {@link FilterDesign}, arranged so the inner loop vectorises, and the
 * loop itself. Immutable: every {@link Resampler} of a rate pair shares one kernel.
 *
 * <p><b>Indexing.</b> Output sample {@code n = L q + c} belongs to period {@code q} and class
 * {@code c} (0 to L-1). Its newest input is {@code x[q M + e(c)]} with {@code e(c) = floor(c M /
 * L)}, and it is the dot product of the taps {@code h[k L + p(c)]}, {@code p(c) = c M mod L},
 * with {@code x[q M + e(c) - k]}. The input is kept in M streams, stream {@code s} holding {@code
 * x[r M + s]} at position {@code r}, so for a fixed tap the inputs of consecutive periods are
 * adjacent in one stream.
 *
 * <p><b>Why windows.</b> HotSpot's C2 (JDK 17) vectorises {@code a[t] += g * b[t]} but not {@code
 * a[t] += g * b[t + offset]}: two float arrays indexed differently might alias. So the kernel
 * copies, once per relative input index {@code d = e(c) - k}, the stream slice every tap with
 * that {@code d} reads into a scratch "window" indexed like the accumulators, and then runs one
 * same-index multiply-add per tap. For upsampling all L classes share each window; for
 * downsampling each window serves one tap, and the copy still costs less than the scalar loop
 * it replaces. Taps are applied to each output in a fixed order (k ascending), whatever the
 * block boundaries, which is what makes chunked processing bit-exact.
 */
final class PolyphaseKernel {

  final FilterDesign design;
  /** L: output classes per period. */
  final int up;
  /** M: input streams, that is input samples per period. */
  final int down;
  /** How many periods before the current one the oldest tap reaches. */
  final int history;
  /** e(c): the newest input of class c, as an index within the period. */
  final int[] newestInput;

  private final int[] windowStream;
  private final int[] windowPeriod;
  /** The taps of window w are {@code windowFirstTap[w]} to {@code windowFirstTap[w + 1] - 1}. */
  private final int[] windowFirstTap;
  private final int[] tapClass;
  private final float[] tapCoefficient;

  /**
   * Arranges a design's prototype into polyphase windows, dropping its zero taps.
   *
   * @param design the filter to arrange
   */
  PolyphaseKernel(FilterDesign design) {
    this.design = design;
    this.up = design.up;
    this.down = design.down;
    double[] h = design.prototype();
    int tapsPerClass = (h.length + up - 1) / up;
    newestInput = new int[up];
    int[] phase = new int[up];
    for (int c = 0; c < up; c++) {
      newestInput[c] = c * down / up;
      phase[c] = c * down % up;
    }
    int newest = newestInput[up - 1];
    int windows = newest + tapsPerClass;
    int[] stream = new int[windows];
    int[] period = new int[windows];
    int[] firstTap = new int[windows + 1];
    int[] classes = new int[up * tapsPerClass];
    float[] coefficients = new float[up * tapsPerClass];
    int w = 0;
    int tap = 0;
    for (int d = newest; d > -tapsPerClass; d--) {
      int start = tap;
      for (int c = 0; c < up; c++) {
        int k = newestInput[c] - d;
        int index = k * up + phase[c];
        if (k >= 0 && k < tapsPerClass && index < h.length && h[index] != 0) {
          classes[tap] = c;
          coefficients[tap] = (float) h[index];
          tap++;
        }
      }
      if (tap > start) {
        stream[w] = Math.floorMod(d, down);
        period[w] = Math.floorDiv(d, down);
        firstTap[w] = start;
        w++;
      }
    }
    firstTap[w] = tap;
    windowStream = Arrays.copyOf(stream, w);
    windowPeriod = Arrays.copyOf(period, w);
    windowFirstTap = Arrays.copyOf(firstTap, w + 1);
    tapClass = Arrays.copyOf(classes, tap);
    tapCoefficient = Arrays.copyOf(coefficients, tap);
    history = -windowPeriod[w - 1];
  }

  /** Returns the number of non-zero taps, summed over all classes. */
  int nonZeroTaps() {
    return tapCoefficient.length;
  }

  /**
   * Computes output samples for a range of periods in every class.
   *
   * <p>Class {@code c} gets the outputs of periods {@code base + from[c]} to {@code base + to[c]
   * - 1}, written to {@code acc[c][from[c]]} onwards; a class with {@code to[c] <= from[c]} gets
   * none.
   *
   * @param streams the input streams, with {@link #history} periods before {@code base}
   * @param base the stream position of the first period computed
   * @param from per class, the first period to compute, relative to {@code base}
   * @param to per class, one past the last period to compute, relative to {@code base}
   * @param span the largest {@code to[c]}
   * @param acc per class, the output accumulators, indexed from {@code base}
   * @param window scratch of at least {@code span} floats
   */
  void accumulate(
      float[][] streams, int base, int[] from, int[] to, int span, float[][] acc, float[] window) {
    for (int c = 0; c < up; c++) {
      Arrays.fill(acc[c], from[c], Math.max(from[c], to[c]), 0f);
    }
    for (int w = 0; w < windowStream.length; w++) {
      System.arraycopy(streams[windowStream[w]], base + windowPeriod[w], window, 0, span);
      for (int tap = windowFirstTap[w]; tap < windowFirstTap[w + 1]; tap++) {
        int c = tapClass[tap];
        multiplyAdd(acc[c], window, tapCoefficient[tap], from[c], to[c]);
      }
    }
  }

  private static void multiplyAdd(float[] acc, float[] window, float g, int from, int to) {
    // Same index on both arrays: the shape C2 turns into packed multiplies and adds.
    for (int t = from; t < to; t++) {
      acc[t] += g * window[t];
    }
  }
}
