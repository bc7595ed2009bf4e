package dev.voicebridge.codec.resample;

/**
 * Test helper: the least-squares fit of {@code dc + a cos(w n) + b sin(w n)} to a stretch of
 * samples at a known frequency, which gives a tone's amplitude and phase and, as the residual,
 * everything else the signal holds (images, aliases, noise, clicks).
 */
final class ToneFit {

  /** Amplitude of the fitted sinusoid. */
  final double amplitude;

  /** Phase of the fitted sinusoid at sample {@code from}, in radians, as in cos(w n + phase). */
  final double phase;

  /** RMS of the samples minus the fitted sinusoid and DC. */
  final double residualRms;

  private ToneFit(double amplitude, double phase, double residualRms) {
    this.amplitude = amplitude;
    this.phase = phase;
    this.residualRms = residualRms;
  }

  /**
   * Fits a tone.
   *
   * @param samples the signal
   * @param from first sample of the stretch fitted
   * @param to one past the last sample fitted
   * @param frequency the tone frequency in Hz
   * @param rate the sample rate in Hz
   */
  static ToneFit of(short[] samples, int from, int to, double frequency, int rate) {
    int length = to - from;
    double[] cos = new double[length];
    double[] sin = new double[length];
    double w = 2 * Math.PI * frequency / rate;
    for (int n = 0; n < length; n++) {
      cos[n] = Math.cos(w * n);
      sin[n] = Math.sin(w * n);
    }
    // Normal equations of the 3-parameter fit, columns 1, cos, sin.
    double[][] m = new double[3][4];
    for (int n = 0; n < length; n++) {
      double[] basis = {1, cos[n], sin[n]};
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          m[i][j] += basis[i] * basis[j];
        }
        m[i][3] += basis[i] * samples[from + n];
      }
    }
    double[] x = solve(m);
    double sumSquares = 0;
    for (int n = 0; n < length; n++) {
      double r = samples[from + n] - (x[0] + x[1] * cos[n] + x[2] * sin[n]);
      sumSquares += r * r;
    }
    // a cos + b sin = A cos(w n + phase) with A = hypot(a, b), phase = atan2(-b, a).
    return new ToneFit(
        Math.hypot(x[1], x[2]), Math.atan2(-x[2], x[1]), Math.sqrt(sumSquares / length));
  }

  /** Returns the residual relative to the fitted tone, in dB (negative: below the tone). */
  double residualDb() {
    return 20 * Math.log10(residualRms / (amplitude / Math.sqrt(2)));
  }

  private static double[] solve(double[][] m) {
    int n = m.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n] / m[i][i];
    }
    return x;
  }
}
