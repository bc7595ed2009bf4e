package dev.voicebridge.codec.resample;

/** Test helper: an in-place iterative radix-2 complex FFT, and a power spectrum built on it. */
final class Fft {

  private Fft() {}

  /**
   * Transforms in place.
   *
   * @param re real parts, length a power of two
   * @param im imaginary parts, same length
   * @param inverse true for the inverse transform (scaled by 1/n)
   */
  static void transform(double[] re, double[] im, boolean inverse) {
    int n = re.length;
    if (Integer.bitCount(n) != 1 || im.length != n) {
      throw new IllegalArgumentException("length must be a power of two: " + n);
    }
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j |= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
      for (int start = 0; start < n; start += len) {
        for (int k = 0; k < len / 2; k++) {
          double wr = Math.cos(angle * k);
          double wi = Math.sin(angle * k);
          int a = start + k;
          int b = a + len / 2;
          double xr = re[b] * wr - im[b] * wi;
          double xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
    if (inverse) {
      for (int i = 0; i < n; i++) {
        re[i] /= n;
        im[i] /= n;
      }
    }
  }

  /**
   * Averages Hann-windowed power spectra of half-overlapping segments (Welch's method).
   *
   * @param x the signal
   * @param from first sample analysed
   * @param to one past the last sample analysed
   * @param size segment length, a power of two
   * @return {@code size / 2 + 1} bins of power per bin, comparable between signals analysed with
   *     the same size
   */
  static double[] powerSpectrum(short[] x, int from, int to, int size) {
    double[] power = new double[size / 2 + 1];
    double[] re = new double[size];
    double[] im = new double[size];
    int segments = 0;
    for (int start = from; start + size <= to; start += size / 2) {
      for (int i = 0; i < size; i++) {
        double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / size);
        re[i] = x[start + i] * hann;
        im[i] = 0;
      }
      transform(re, im, false);
      for (int k = 0; k < power.length; k++) {
        power[k] += re[k] * re[k] + im[k] * im[k];
      }
      segments++;
    }
    for (int k = 0; k < power.length; k++) {
      power[k] /= segments;
    }
    return power;
  }
}
