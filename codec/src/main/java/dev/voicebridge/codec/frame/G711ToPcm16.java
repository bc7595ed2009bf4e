package dev.voicebridge.codec.frame;

import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.pcm.Pcm16;
import dev.voicebridge.codec.resample.Resampler;
import java.util.Objects;

/**
 * Converts the caller's G.711 audio (8 kHz) to PCM16 little-endian bytes at the model's input
 * rate (8, 16, 24 or 48 kHz): G.711 decode, then upsampling.
 *
 * <p>Stateful (the resampler's filter history runs across frames, so frame edges are seamless)
 * and not thread-safe: one instance per call, used on the call's event loop. {@link #convert}
 * allocates nothing; input longer than the scratch space is converted in blocks.
 */
public final class G711ToPcm16 {

  /** 40 ms at 8 kHz: a 20 or 30 ms RTP frame converts in one block. */
  private static final int BLOCK = 320;

  private final G711Law law;
  private final Resampler resampler;
  private final short[] narrow = new short[BLOCK];
  private final short[] wide;

  /**
   * Creates a converter.
   *
   * @param law the caller's G.711 law (PCMU or PCMA)
   * @param outputRate the PCM16 rate the model takes: 8000, 16000, 24000 or 48000 Hz
   * @throws IllegalArgumentException if the rate is not supported
   */
  public G711ToPcm16(G711Law law, int outputRate) {
    this.law = Objects.requireNonNull(law, "law");
    this.resampler = Resampler.create(G711Law.SAMPLE_RATE, outputRate);
    this.wide = new short[resampler.maxOutputSamples(BLOCK)];
  }

  /**
   * Converts G.711 bytes and writes PCM16 little-endian bytes.
   *
   * @param g711 the G.711 codes, one byte a sample
   * @param off index of the first code
   * @param len how many codes
   * @param dst receives the PCM16 little-endian bytes; needs room for {@link #maxOutputBytes
   *     maxOutputBytes(len)}
   * @param dstOff index in {@code dst} of the first byte written
   * @return the number of bytes written (two per output sample)
   */
  public int convert(byte[] g711, int off, int len, byte[] dst, int dstOff) {
    Objects.checkFromIndexSize(off, len, g711.length);
    int written = 0;
    while (len > 0) {
      int n = Math.min(len, BLOCK);
      law.decode(g711, off, narrow, 0, n);
      int samples = resampler.process(narrow, 0, n, wide, 0);
      Pcm16.toLittleEndian(wide, 0, dst, dstOff + written, samples);
      written += samples * 2;
      off += n;
      len -= n;
    }
    return written;
  }

  /**
   * The most bytes {@link #convert} can write for a given input.
   *
   * @param g711Len a number of G.711 codes
   * @return an upper bound of the PCM16 bytes they convert to
   */
  public int maxOutputBytes(int g711Len) {
    int blocks = (g711Len + BLOCK - 1) / BLOCK;
    return 2 * (resampler.maxOutputSamples(g711Len) + blocks);
  }

  /** The PCM16 rate this converter writes, in Hz. */
  public int outputRate() {
    return resampler.outputRate();
  }

  /** The caller's G.711 law. */
  public G711Law law() {
    return law;
  }

  /** Forgets the filter history, as at creation (e.g. after a long gap in the call's audio). */
  public void reset() {
    resampler.reset();
  }
}
