package dev.voicebridge.codec.wav;

import dev.voicebridge.codec.g711.G711Law;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Mono audio as held in a WAVE file: an encoding, a sample rate and the sample bytes exactly as
 * they appear in the {@code data} chunk (16-bit PCM little-endian, or one G.711 code per sample).
 *
 * <p>Instances are immutable: the constructor and {@link #data()} copy the bytes. This is a file
 * and prompt value, not a media-path type; use {@link #copyData(byte[], int)} to fill an existing
 * buffer without allocating.
 */
public final class WavAudio {

  private final WavEncoding encoding;
  private final int sampleRate;
  private final int channels;
  private final byte[] data;

  /**
   * Creates audio from sample bytes.
   *
   * @param encoding how the bytes encode samples
   * @param sampleRate samples per second, positive
   * @param channels the number of channels; must be 1, the only layout this package supports
   * @param data the sample bytes, a whole number of samples; copied
   * @throws IllegalArgumentException if the rate is not positive, the audio is not mono, or the
   *     data ends in the middle of a sample
   */
  public WavAudio(WavEncoding encoding, int sampleRate, int channels, byte[] data) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
    }
    if (channels != 1) {
      throw new IllegalArgumentException("only mono audio is supported: " + channels + " channels");
    }
    Objects.requireNonNull(data, "data");
    if (data.length % encoding.bytesPerSample() != 0) {
      throw new IllegalArgumentException(
          encoding + " data must hold whole samples: " + data.length + " bytes");
    }
    this.sampleRate = sampleRate;
    this.channels = channels;
    this.data = data.clone();
  }

  /**
   * Creates 16-bit PCM audio from samples.
   *
   * @param sampleRate samples per second, positive
   * @param samples the samples; copied
   * @return the audio
   */
  public static WavAudio ofPcm16(int sampleRate, short[] samples) {
    byte[] bytes = new byte[2 * samples.length];
    for (int i = 0; i < samples.length; i++) {
      bytes[2 * i] = (byte) samples[i];
      bytes[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    return new WavAudio(WavEncoding.PCM16, sampleRate, 1, bytes);
  }

  /**
   * Creates G.711 audio at the telephone rate of 8 kHz.
   *
   * @param law the law the codes are in
   * @param codes one code per sample; copied
   * @return the audio
   */
  public static WavAudio ofG711(G711Law law, byte[] codes) {
    return new WavAudio(WavEncoding.of(law), G711Law.SAMPLE_RATE, 1, codes);
  }

  /** Returns how the data encodes samples. */
  public WavEncoding encoding() {
    return encoding;
  }

  /** Returns the number of samples per second. */
  public int sampleRate() {
    return sampleRate;
  }

  /** Returns the number of channels, always 1. */
  public int channels() {
    return channels;
  }

  /** Returns a copy of the sample bytes, as stored in the {@code data} chunk. */
  public byte[] data() {
    return data.clone();
  }

  /** Returns the number of bytes of sample data. */
  public int dataLength() {
    return data.length;
  }

  /**
   * Copies the sample bytes into an existing array.
   *
   * @param dst the array receiving {@link #dataLength()} bytes
   * @param dstOff the index in {@code dst} of the first byte written
   * @throws IndexOutOfBoundsException if the data does not fit
   */
  public void copyData(byte[] dst, int dstOff) {
    System.arraycopy(data, 0, dst, dstOff, data.length);
  }

  /** Returns the number of samples. */
  public int sampleCount() {
    return data.length / encoding.bytesPerSample();
  }

  /** Returns how long the audio plays, rounded down to the nanosecond. */
  public Duration duration() {
    return Duration.ofNanos(sampleCount() * 1_000_000_000L / sampleRate);
  }

  /** Returns the samples as linear 16-bit values, decoding G.711 if needed. */
  public short[] toPcm16Samples() {
    short[] samples = new short[sampleCount()];
    if (encoding == WavEncoding.PCM16) {
      for (int i = 0; i < samples.length; i++) {
        samples[i] = (short) ((data[2 * i] & 0xFF) | (data[2 * i + 1] << 8));
      }
    } else {
      encoding.law().orElseThrow().decode(data, 0, samples, 0, samples.length);
    }
    return samples;
  }

  /**
   * Returns this audio in another encoding at the same sample rate. Converting to G.711 encodes
   * with G.711's quantization; converting between the laws goes through 16-bit PCM.
   *
   * @param target the encoding wanted
   * @return this instance if it already has that encoding, otherwise converted audio
   */
  public WavAudio convertTo(WavEncoding target) {
    Objects.requireNonNull(target, "target");
    if (target == encoding) {
      return this;
    }
    byte[] pcm = data;
    if (encoding != WavEncoding.PCM16) {
      pcm = new byte[2 * data.length];
      encoding.law().orElseThrow().decodeToPcm16Le(data, 0, pcm, 0, data.length);
    }
    if (target == WavEncoding.PCM16) {
      return new WavAudio(target, sampleRate, channels, pcm);
    }
    byte[] codes = new byte[pcm.length / 2];
    target.law().orElseThrow().encodeFromPcm16Le(pcm, 0, codes, 0, codes.length);
    return new WavAudio(target, sampleRate, channels, codes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WavAudio that
        && encoding == that.encoding
        && sampleRate == that.sampleRate
        && channels == that.channels
        && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoding, sampleRate, channels, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "WavAudio{"
        + encoding
        + ", "
        + sampleRate
        + " Hz, "
        + channels
        + " channel, "
        + sampleCount()
        + " samples}";
  }
}
