package dev.voicebridge.codec.resample;

/**
 * The Kaiser window and J. F. Kaiser's design formulas for windowed-sinc lowpass filters.
 *
 * <p>The Kaiser window trades main-lobe width against side-lobe height through one parameter,
 * {@code beta}, and Kaiser's empirical formulas give both {@code beta} and the filter length from
 * the stopband attenuation and the transition width alone (Kaiser, "Nonrecursive digital filter
 * design using the I0-sinh window function", 1974; Oppenheim and Schafer, Discrete-Time Signal
 * Processing, section 7.5.3). A windowed sinc has about the same ripple in its passband as in its
 * stopband, so a 76 dB stopband brings a passband ripple near 0.001 dB.
 */
final class KaiserWindow {

  private KaiserWindow() {}

  /**
   * Returns the window parameter that gives a stopband attenuation.
   *
   * @param attenuationDb the stopband attenuation wanted, in dB (positive)
   * @return Kaiser's {@code beta}
   */
  static double beta(double attenuationDb) {
    if (attenuationDb > 50) {
      return 0.1102 * (attenuationDb - 8.7);
    }
    if (attenuationDb >= 21) {
      double a = attenuationDb - 21;
      return 0.5842 * Math.pow(a, 0.4) + 0.07886 * a;
    }
    return 0;
  }

  /**
   * Returns the number of taps a windowed sinc needs for an attenuation and transition width.
   *
   * @param attenuationDb the stopband attenuation wanted, in dB (positive)
   * @param transitionFraction the transition width (stopband edge minus passband edge) divided by
   *     the sample rate the filter runs at
   * @return the filter length in taps, at least 1
   */
  static int length(double attenuationDb, double transitionFraction) {
    // Kaiser's estimate: N - 1 = (A - 7.95) / (2.285 * 2 pi * transition).
    double order = (attenuationDb - 7.95) / (14.36 * transitionFraction);
    return Math.max(1, (int) Math.ceil(order) + 1);
  }

  /**
   * Returns one coefficient of a Kaiser window.
   *
   * @param n the tap index, 0 to {@code length - 1}
   * @param length the window length in taps
   * @param beta the window parameter, see {@link #beta}
   * @return the window value, 1 at the centre and falling towards both ends
   */
  static double value(int n, int length, double beta) {
    if (length == 1) {
      return 1;
    }
    // From an integer distance to the centre, so that taps n and length - 1 - n come out
    // bit-identical and the filter's phase stays exactly linear.
    double r = (double) (2 * n - (length - 1)) / (length - 1);
    return besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / besselI0(beta);
  }

  /**
   * Returns the zeroth-order modified Bessel function of the first kind.
   *
   * @param x the argument; the window uses 0 to {@code beta}, at most about 10 here
   * @return {@code I0(x)}, summed from its power series to full double precision
   */
  static double besselI0(double x) {
    // I0(x) = sum over k of ((x/2)^k / k!)^2. Every term is positive, so the sum has no
    // cancellation; for x below 20 it converges in well under 60 terms.
    double half = x / 2;
    double term = 1;
    double sum = 1;
    for (int k = 1; term > sum * 1e-17; k++) {
      double factor = half / k;
      term *= factor * factor;
      sum += term;
    }
    return sum;
  }
}
