package dev.voicebridge.codec.wav;

import dev.voicebridge.codec.g711.G711Law;
import java.util.Objects;
import java.util.Optional;

/** The sample encodings this package reads and writes, with their WAVE format tags. */
public enum WavEncoding {
  /** Signed 16-bit little-endian linear PCM: {@code WAVE_FORMAT_PCM} (1). */
  PCM16(1, 16, null),

  /** G.711 A-law, one byte per sample: {@code WAVE_FORMAT_ALAW} (6). */
  ALAW(6, 8, G711Law.ALAW),

  /** G.711 μ-law, one byte per sample: {@code WAVE_FORMAT_MULAW} (7). */
  ULAW(7, 8, G711Law.ULAW);

  private final int formatTag;
  private final int bitsPerSample;
  private final G711Law law;

  WavEncoding(int formatTag, int bitsPerSample, G711Law law) {
    this.formatTag = formatTag;
    this.bitsPerSample = bitsPerSample;
    this.law = law;
  }

  /** Returns the {@code wFormatTag} written in the {@code fmt} chunk. */
  public int formatTag() {
    return formatTag;
  }

  /** Returns the number of bits per sample: 16 for PCM, 8 for G.711. */
  public int bitsPerSample() {
    return bitsPerSample;
  }

  /** Returns the number of bytes one sample of one channel takes. */
  public int bytesPerSample() {
    return bitsPerSample / 8;
  }

  /** Returns the G.711 law of this encoding, or empty for PCM. */
  public Optional<G711Law> law() {
    return Optional.ofNullable(law);
  }

  /**
   * Returns the encoding that stores codes of the given G.711 law.
   *
   * @param law a G.711 law
   * @return {@link #ULAW} or {@link #ALAW}
   */
  public static WavEncoding of(G711Law law) {
    return Objects.requireNonNull(law, "law") == G711Law.ULAW ? ULAW : ALAW;
  }
}
