package dev.voicebridge.codec.frame;

import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.pcm.Pcm16;
import dev.voicebridge.codec.resample.Resampler;
import java.util.Objects;

/**
 * Converts the model's PCM16 little-endian audio (8, 16, 24 or 48 kHz) to G.711 at 8 kHz for the
 * caller: downsampling, then G.711 encode.
 *
 * <p>The model's audio arrives in deltas of any size, not always an even number of bytes apart:
 * a byte left over at the end of one call is kept and joined to the first byte of the next, so a
 * stream split anywhere converts exactly as if it came whole. Stateful and not thread-safe: one
 * instance per call, used on the call's event loop. {@link #convert} allocates nothing.
 */
public final class Pcm16ToG711 {

  /** Input samples per block: 40 ms at 48 kHz, so 20 ms at any rate is one block. */
  private static final int BLOCK = 1920;

  private final G711Law law;
  private final Resampler resampler;
  private final short[] wide = new short[BLOCK];
  private final short[] narrow;
  private final byte[] pair = new byte[2];
  private boolean pendingByte;

  /**
   * Creates a converter.
   *
   * @param inputRate the PCM16 rate the model speaks: 8000, 16000, 24000 or 48000 Hz
   * @param law the caller's G.711 law (PCMU or PCMA)
   * @throws IllegalArgumentException if the rate is not supported
   */
  public Pcm16ToG711(int inputRate, G711Law law) {
    this.law = Objects.requireNonNull(law, "law");
    this.resampler = Resampler.create(inputRate, G711Law.SAMPLE_RATE);
    this.narrow = new short[resampler.maxOutputSamples(BLOCK) + 1];
  }

  /**
   * Converts PCM16 little-endian bytes and writes G.711 codes.
   *
   * @param pcm the PCM16 little-endian bytes; an odd trailing byte is kept for the next call
   * @param off index of the first byte
   * @param len how many bytes
   * @param dst receives the G.711 codes; needs room for {@link #maxOutputBytes maxOutputBytes(len)}
   * @param dstOff index in {@code dst} of the first code written
   * @return the number of G.711 codes written
   */
  public int convert(byte[] pcm, int off, int len, byte[] dst, int dstOff) {
    Objects.checkFromIndexSize(off, len, pcm.length);
    int written = 0;
    if (pendingByte && len > 0) {
      pair[1] = pcm[off];
      Pcm16.fromLittleEndian(pair, 0, wide, 0, 1);
      written += encode(1, dst, dstOff);
      pendingByte = false;
      off++;
      len--;
    }
    while (len >= 2) {
      int samples = Math.min(len / 2, BLOCK);
      Pcm16.fromLittleEndian(pcm, off, wide, 0, samples);
      written += encode(samples, dst, dstOff + written);
      off += samples * 2;
      len -= samples * 2;
    }
    if (len == 1) {
      pair[0] = pcm[off];
      pendingByte = true;
    }
    return written;
  }

  private int encode(int samples, byte[] dst, int dstOff) {
    int n = resampler.process(wide, 0, samples, narrow, 0);
    law.encode(narrow, 0, dst, dstOff, n);
    return n;
  }

  /**
   * The most G.711 codes {@link #convert} can write for a given input.
   *
   * @param pcmLen a number of PCM16 bytes
   * @return an upper bound of the G.711 codes they convert to
   */
  public int maxOutputBytes(int pcmLen) {
    int samples = pcmLen / 2 + 1;
    int blocks = samples / BLOCK + 2;
    return resampler.maxOutputSamples(samples) + blocks;
  }

  /** The PCM16 rate this converter reads, in Hz. */
  public int inputRate() {
    return resampler.inputRate();
  }

  /** The caller's G.711 law. */
  public G711Law law() {
    return law;
  }

  /** Forgets the filter history and any pending odd byte (e.g. after a barge-in flush). */
  public void reset() {
    resampler.reset();
    pendingByte = false;
  }
}
