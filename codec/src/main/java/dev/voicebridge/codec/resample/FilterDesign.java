package dev.voicebridge.codec.resample;

/**
 * The lowpass filter behind one rate conversion: a Kaiser-windowed sinc designed from rules, so
 * that every rate pair gets the same guarantees.
 *
 * <p>Converting from {@code Fin} to {@code Fout} is modelled as upsampling by {@code L} (inserting
 * zeros), lowpass filtering at the prototype rate {@code L * Fin}, and keeping every {@code M}-th
 * sample, with {@code L / M = Fout / Fin} in lowest terms. With {@code Fl} the lower of the two
 * rates, the rules are:
 *
 * <ul>
 *   <li><b>Passband</b> {@code fp}: 3400 Hz, the telephone band, when one side is 8 kHz; {@code
 *       0.45 * Fl} otherwise. The response there is flat within about 0.003 dB.
 *   <li><b>Stopband</b> from {@code Fl - fp} (4600 Hz for the telephone pairs), at least 74 dB down
 *       (designed for 76 dB). This is the edge at which every image or alias that lands in the
 *       passband {@code 0..fp} is attenuated, because a component at {@code f} folds to {@code Fl -
 *       f}. The band {@code fp..Fl/2} is not protected: a component between {@code Fl/2} and {@code
 *       Fl - fp} (4000..4600 Hz for the telephone pairs) folds into {@code fp..Fl/2} (3400..4000
 *       Hz) with 6 to 74 dB of attenuation. Protecting that band too would need the stopband to
 *       start at {@code Fl/2}, halving the transition width and doubling the taps, and would cost
 *       the zero taps described below; a telephone channel (ITU-T G.712) is specified only to 3400
 *       Hz and attenuates the band above it anyway.
 *   <li><b>Cutoff</b> {@code Fl/2}, halfway across the transition. The sinc then crosses zero
 *       exactly every {@code R = L * Fin / Fl} prototype taps, which makes the filter an R-th band
 *       (Nyquist) filter: one tap in R is zero, and for upsampling one output phase in L is the
 *       input sample itself. The zeros are stored as exact zeros and skipped by the kernel.
 *   <li><b>Length</b> from Kaiser's formula for 76 dB and the transition width {@code Fl - 2 fp},
 *       rounded up to {@code N = 2 M D + 1} taps so that the linear-phase delay {@code (N - 1) / 2}
 *       prototype samples is exactly {@code D} output samples.
 *   <li><b>Gain</b>: each of the L polyphase components is scaled to sum to exactly 1, so every
 *       output phase passes DC with gain 1 and a constant input comes out unchanged.
 * </ul>
 *
 * <p>The resulting designs. Ripple is the passband deviation and stop the worst stopband
 * attenuation, both measured on the float coefficients the kernel uses ({@code FilterDesignTest}
 * checks them); MACs/out counts the non-zero taps one output sample needs; delay is in output
 * samples:
 *
 * <pre>
 * pair        L/M  proto  pass/stop Hz  taps  MACs/out  delay           ripple dB        stop dB
 * 8k -> 16k   2/1  16k     3400/4600      65      16.5   32 = 2.000 ms  +0.0017/-0.0009  74.0
 * 16k -> 8k   1/2  16k     3400/4600      65      33.0   16 = 2.000 ms  +0.0017/-0.0009  75.6
 * 8k -> 24k   3/1  24k     3400/4600      97      21.7   48 = 2.000 ms  +0.0018/-0.0008  74.8
 * 24k -> 8k   1/3  24k     3400/4600      97      65.0   16 = 2.000 ms  +0.0018/-0.0008  75.8
 * 8k -> 48k   6/1  48k     3400/4600     191      26.8   95 = 1.979 ms  +0.0018/-0.0009  74.8
 * 48k -> 8k   1/6  48k     3400/4600     193     161.0   16 = 2.000 ms  +0.0018/-0.0007  75.8
 * 16k -> 24k  3/2  48k     7200/8800     145      32.3   36 = 1.500 ms  +0.0017/-0.0009  75.1
 * 24k -> 16k  2/3  48k     7200/8800     145      48.5   24 = 1.500 ms  +0.0017/-0.0009  75.9
 * 16k -> 48k  3/1  48k     7200/8800     145      32.3   72 = 1.500 ms  +0.0017/-0.0009  75.1
 * 48k -> 16k  1/3  48k     7200/8800     145      97.0   24 = 1.500 ms  +0.0017/-0.0009  75.9
 * 24k -> 48k  2/1  48k    10800/13200     97      24.5   48 = 1.000 ms  +0.0016/-0.0009  74.5
 * 48k -> 24k  1/2  48k    10800/13200     97      49.0   24 = 1.000 ms  +0.0016/-0.0009  75.8
 * </pre>
 *
 * <p>Kaiser's beta for 76 dB is 7.4165. Equal rates get the identity: one tap, no delay.
 */
final class FilterDesign {

  /** The attenuation the window is designed for; the float filters measure at least 74 dB. */
  static final double DESIGN_ATTENUATION_DB = 76;

  /** The top of the telephone band (ITU-T G.712), the passband edge for any 8 kHz pair. */
  static final double TELEPHONE_PASSBAND_HZ = 3400;

  /** The passband edge as a fraction of the lower rate for the wideband pairs. */
  static final double WIDEBAND_PASSBAND_FRACTION = 0.45;

  private static final int TELEPHONE_RATE = 8000;

  /** Fin, in Hz. */
  final int inputRate;

  /** Fout, in Hz. */
  final int outputRate;

  /** L: the upsampling factor, which is also the number of polyphase components. */
  final int up;

  /** M: the downsampling factor. */
  final int down;

  /** fp: the top of the band kept flat, in Hz. */
  final double passbandHz;

  /** {@code Fl - fp}: the start of the band attenuated by at least 74 dB, in Hz. */
  final double stopbandHz;

  /** The Kaiser window parameter, 0 for the identity. */
  final double beta;

  /** N: the prototype length in taps, {@code 2 * down * delay + 1}. */
  final int taps;

  /** D: the group delay in output samples. */
  final int delay;

  private FilterDesign(int inputRate, int outputRate) {
    this.inputRate = inputRate;
    this.outputRate = outputRate;
    int gcd = gcd(inputRate, outputRate);
    this.up = outputRate / gcd;
    this.down = inputRate / gcd;
    int lowRate = Math.min(inputRate, outputRate);
    this.passbandHz =
        lowRate == TELEPHONE_RATE ? TELEPHONE_PASSBAND_HZ : WIDEBAND_PASSBAND_FRACTION * lowRate;
    this.stopbandHz = lowRate - passbandHz;
    if (inputRate == outputRate) {
      this.beta = 0;
      this.taps = 1;
      this.delay = 0;
    } else {
      this.beta = KaiserWindow.beta(DESIGN_ATTENUATION_DB);
      int minTaps =
          KaiserWindow.length(DESIGN_ATTENUATION_DB, (stopbandHz - passbandHz) / prototypeRate());
      this.delay = ceilDiv(minTaps - 1, 2 * down);
      this.taps = 2 * down * delay + 1;
    }
  }

  /**
   * Designs the filter for a conversion.
   *
   * @param inputRate the input sample rate in Hz, positive
   * @param outputRate the output sample rate in Hz, positive
   * @return the design; the caller checks that the pair is one it supports
   */
  static FilterDesign forRates(int inputRate, int outputRate) {
    return new FilterDesign(inputRate, outputRate);
  }

  /**
   * Returns the rate the prototype filter runs at.
   *
   * @return {@code L * Fin}, in Hz
   */
  int prototypeRate() {
    return up * inputRate;
  }

  /**
   * Computes the prototype coefficients.
   *
   * @return {@code taps} coefficients, symmetric about the centre tap, with exact zeros at the
   *     sinc's zero crossings, each polyphase component {@code h[p], h[p + L], ...} summing to 1
   */
  double[] prototype() {
    double[] h = new double[taps];
    int centre = (taps - 1) / 2;
    int zeroSpacing = prototypeRate() / Math.min(inputRate, outputRate);
    for (int n = 0; n < taps; n++) {
      int fromCentre = n - centre;
      if (fromCentre == 0) {
        h[n] = 1;
      } else if (fromCentre % zeroSpacing == 0) {
        // sin(pi * k) in floating point is 1e-16, not 0: store the zero the kernel can skip.
        h[n] = 0;
      } else {
        double x = Math.PI * Math.abs(fromCentre) / zeroSpacing;
        h[n] = Math.sin(x) / x * KaiserWindow.value(n, taps, beta);
      }
    }
    for (int phase = 0; phase < up; phase++) {
      double sum = 0;
      for (int n = phase; n < taps; n += up) {
        sum += h[n];
      }
      for (int n = phase; n < taps; n += up) {
        h[n] /= sum;
      }
    }
    // Mirror phases have equal sums, but summed in another order they can differ in the last
    // bit: copy one half onto the other to keep the filter exactly symmetric.
    for (int n = 0; n < centre; n++) {
      h[taps - 1 - n] = h[n];
    }
    return h;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static int ceilDiv(int a, int b) {
    return -Math.floorDiv(-a, b);
  }
}
