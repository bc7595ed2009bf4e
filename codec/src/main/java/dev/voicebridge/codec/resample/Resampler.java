package dev.voicebridge.codec.resample;

import dev.voicebridge.codec.pcm.Pcm16;
import java.util.Arrays;
import java.util.Objects;

/**
 * A streaming sample-rate converter for 16-bit PCM between 8, 16, 24 and 48 kHz, in either
 * direction, with a linear-phase polyphase FIR filter.
 *
 * <p><b>Streaming.</b> The filter history is kept between calls, so a signal fed in 20 ms frames,
 * one sample at a time or in chunks of any size gives exactly the same output samples, bit for bit,
 * as the whole signal fed at once. After {@code T} input samples since creation or {@link #reset},
 * exactly {@code ceil(T * Fout / Fin)} output samples have been returned: output {@code n} is
 * produced as soon as the input sample at or before its instant {@code n / Fout} has arrived.
 * Counts never drift: a 20 ms frame always gives a 20 ms frame (160 in, 480 out for 8 to 24 kHz;
 * 480 in, 160 out back), and when a frame does not hold a whole number of periods (e.g. 161 samples
 * at 16 to 24 kHz) one call returns one sample more than another, keeping the total exact. {@link
 * #outputSamples} tells the count of the next call in advance.
 *
 * <p><b>Delay.</b> Output sample {@code n} is the band-limited input at instant {@code (n - D) /
 * Fout}, where {@code D = }{@link #delaySamples()}: an integer by design, about 2 ms for the
 * telephone pairs (see {@link FilterDesign} for every pair). The first {@code D} outputs stand for
 * instants before the first input: silence, and the filter's response starting. Likewise the last
 * {@code D} output instants of a signal come out only when more input follows: feed silence to
 * drain them.
 *
 * <p><b>Quality.</b> Passband flat within 0.003 dB to 3400 Hz for any pair with 8 kHz, to {@code
 * 0.45 * } the lower rate otherwise. Images and aliases that would land in that passband are at
 * least 74 dB down. DC gain is exactly 1 on every output phase. Upsampling by an integer factor
 * passes every input sample through unchanged at its delayed position. Arithmetic is float; outputs
 * are rounded to nearest and saturated.
 *
 * <p><b>Cost.</b> {@link #process} allocates nothing. An instance holds buffers for 40 ms of input,
 * about 10 KB for the telephone pairs and 27 KB between 24 and 48 kHz, and splits longer calls into
 * blocks (with identical results). Converting a 20 ms frame from 8 to 24 kHz, or back, takes about
 * 2 microseconds of one core. Create one instance per call and direction, at call setup. Not
 * thread-safe; the filter tables are computed once and shared, immutable, by all instances.
 */
public final class Resampler {

  /** The rates between which every pair is supported, in Hz. */
  private static final int[] RATES = {8000, 16000, 24000, 48000};

  private static final PolyphaseKernel[][] KERNELS = new PolyphaseKernel[RATES.length][];

  static {
    for (int i = 0; i < RATES.length; i++) {
      KERNELS[i] = new PolyphaseKernel[RATES.length];
      for (int j = 0; j < RATES.length; j++) {
        KERNELS[i][j] = new PolyphaseKernel(FilterDesign.forRates(RATES[i], RATES[j]));
      }
    }
  }

  private final PolyphaseKernel kernel;
  private final int up;
  private final int down;
  private final int history;

  /** Periods per block: how far the input may run ahead of the last compaction. */
  private final int block;

  private final boolean identity;

  /** Stream s holds input {@code r * down + s} at position r; see {@link PolyphaseKernel}. */
  private final float[][] streams;

  private final float[][] acc;
  private final float[][] windows;
  private final int[] from;
  private final int[] to;

  /** Stream position and stream of the next input sample. */
  private int inPos;

  private int inPhase;

  /** Period position and class of the next output sample. */
  private int outPos;

  private int outClass;

  private Resampler(PolyphaseKernel kernel) {
    this.kernel = kernel;
    this.up = kernel.up;
    this.down = kernel.down;
    this.history = kernel.history;
    this.identity = up == 1 && down == 1;
    // 40 ms of input: a 20 ms frame, or a 30 ms one, is one block.
    this.block = Math.max(2, kernel.design.inputRate / 25 / down);
    int capacity = history + block + 1;
    this.streams = new float[down][capacity];
    this.acc = new float[up][block + 2];
    this.windows = new float[PolyphaseKernel.GROUP][block + 2];
    this.from = new int[up];
    this.to = new int[up];
    reset();
  }

  /**
   * Creates a resampler.
   *
   * @param inputRate the rate of the samples given to {@link #process}: 8000, 16000, 24000 or 48000
   *     Hz
   * @param outputRate the rate of the samples it returns: 8000, 16000, 24000 or 48000 Hz; equal to
   *     {@code inputRate} gives a copy with no delay
   * @return a resampler in its initial state, its history silent
   * @throws IllegalArgumentException if a rate is not supported
   */
  public static Resampler create(int inputRate, int outputRate) {
    int i = rateIndex(inputRate);
    int j = rateIndex(outputRate);
    if (i < 0 || j < 0) {
      throw new IllegalArgumentException(
          "Unsupported rate pair "
              + inputRate
              + " -> "
              + outputRate
              + " Hz: rates must be 8000, 16000, 24000 or 48000");
    }
    return new Resampler(KERNELS[i][j]);
  }

  /**
   * Tells whether {@link #create} accepts a rate pair.
   *
   * @param inputRate an input sample rate in Hz
   * @param outputRate an output sample rate in Hz
   * @return true if both rates are 8000, 16000, 24000 or 48000
   */
  public static boolean supports(int inputRate, int outputRate) {
    return rateIndex(inputRate) >= 0 && rateIndex(outputRate) >= 0;
  }

  /**
   * Converts a chunk of input and writes every output sample it completes.
   *
   * @param in the input samples, at {@link #inputRate()}
   * @param inOff index of the first input sample
   * @param inLen how many input samples to consume, 0 or more
   * @param out the array that receives the output, at {@link #outputRate()}; it needs room for
   *     {@link #outputSamples outputSamples(inLen)} samples, at most {@link #maxOutputSamples
   *     maxOutputSamples(inLen)}, and must not overlap the input range
   * @param outOff index in {@code out} of the first sample written
   * @return the number of output samples written
   * @throws IndexOutOfBoundsException if the input range or the room needed in {@code out} lies
   *     outside its array; the resampler's state is then unchanged
   */
  public int process(short[] in, int inOff, int inLen, short[] out, int outOff) {
    Objects.checkFromIndexSize(inOff, inLen, in.length);
    Objects.checkFromIndexSize(outOff, outputSamples(inLen), out.length);
    if (identity) {
      System.arraycopy(in, inOff, out, outOff, inLen);
      return inLen;
    }
    int written = 0;
    int consumed = 0;
    while (consumed < inLen) {
      if (inPos > history + block / 2) {
        compact();
      }
      int room = (history + block + 1 - inPos) * down - inPhase;
      int chunk = Math.min(inLen - consumed, room);
      append(in, inOff + consumed, chunk);
      consumed += chunk;
      written += emit(out, outOff + written);
    }
    return written;
  }

  /**
   * Returns exactly how many samples the next {@link #process} call with {@code inLen} input
   * samples will write. A period is the smallest whole number of input samples that makes a whole
   * number of output samples (1 at 8 to 24 kHz, 3 at 24 to 8 kHz, 2 at 16 to 24 kHz); the count
   * depends on the input consumed so far only when the calls are not whole periods.
   *
   * @param inLen a number of input samples, 0 or more
   * @return the number of output samples they complete
   */
  public int outputSamples(int inLen) {
    // In the current period inPhase inputs are in and ceil(inPhase * L / M) outputs are out.
    long after = ceilDiv((long) (inPhase + inLen) * up, down);
    return (int) (after - ceilDiv((long) inPhase * up, down));
  }

  /**
   * Returns the most samples a {@link #process} call with {@code inLen} input samples can write,
   * whatever came before: {@code ceil(inLen * Fout / Fin)}. Use it to size output buffers once.
   *
   * @param inLen a number of input samples, 0 or more
   * @return an upper bound of the output count
   */
  public int maxOutputSamples(int inLen) {
    return (int) ceilDiv((long) inLen * up, down);
  }

  /** Returns to the initial state: silent history, no input consumed, no output written. */
  public void reset() {
    for (float[] stream : streams) {
      Arrays.fill(stream, 0f);
    }
    inPos = history;
    inPhase = 0;
    outPos = history;
    outClass = 0;
  }

  /**
   * Returns the input sample rate.
   *
   * @return the rate of the samples {@link #process} takes, in Hz
   */
  public int inputRate() {
    return kernel.design.inputRate;
  }

  /**
   * Returns the output sample rate.
   *
   * @return the rate of the samples {@link #process} writes, in Hz
   */
  public int outputRate() {
    return kernel.design.outputRate;
  }

  /**
   * Returns the group delay, the same at every frequency: an input impulse at instant {@code t}
   * (seconds since the first input) comes out centred on output sample {@code t * Fout +
   * delaySamples()}.
   *
   * @return the delay in output samples, 0 for equal rates
   */
  public int delaySamples() {
    return kernel.design.delay;
  }

  /**
   * Returns the group delay in time.
   *
   * @return {@code delaySamples() * 1000 / outputRate()}, in milliseconds
   */
  public double delayMillis() {
    return delaySamples() * 1000.0 / outputRate();
  }

  private void append(short[] in, int off, int len) {
    int i = off;
    int end = off + len;
    for (; inPhase != 0 && i < end; i++) {
      appendOne(in[i]);
    }
    // Whole periods, one stream at a time: simple loops the JIT unrolls.
    int periods = (end - i) / down;
    for (int s = 0; s < down; s++) {
      float[] stream = streams[s];
      for (int r = 0, src = i + s; r < periods; r++, src += down) {
        stream[inPos + r] = in[src];
      }
    }
    inPos += periods;
    for (i += periods * down; i < end; i++) {
      appendOne(in[i]);
    }
  }

  private void appendOne(short sample) {
    streams[inPhase][inPos] = sample;
    if (++inPhase == down) {
      inPhase = 0;
      inPos++;
    }
  }

  private int emit(short[] out, int off) {
    int periods = inPos - outPos;
    int span = 0;
    int count = 0;
    for (int c = 0; c < up; c++) {
      from[c] = c < outClass ? 1 : 0;
      to[c] = periods + (kernel.newestInput[c] < inPhase ? 1 : 0);
      span = Math.max(span, to[c]);
      count += Math.max(0, to[c] - from[c]);
    }
    if (count == 0) {
      return 0;
    }
    kernel.accumulate(streams, outPos, from, to, span, acc, windows);
    for (int c = 0; c < up; c++) {
      // Output (period outPos + t, class c) is number t * up + c - outClass of this call.
      float[] a = acc[c];
      for (int t = from[c], o = off + c - outClass + from[c] * up; t < to[c]; t++, o += up) {
        out[o] = Pcm16.round(a[t]);
      }
    }
    int next = outClass + count;
    outPos += next / up;
    outClass = next % up;
    return count;
  }

  /** Moves the history the next outputs need to the front of the streams. */
  private void compact() {
    int shift = outPos - history;
    int last = Math.min(inPos, streams[0].length - 1);
    for (float[] stream : streams) {
      System.arraycopy(stream, shift, stream, 0, last - shift + 1);
    }
    inPos -= shift;
    outPos -= shift;
  }

  private static int rateIndex(int rate) {
    for (int i = 0; i < RATES.length; i++) {
      if (RATES[i] == rate) {
        return i;
      }
    }
    return -1;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
