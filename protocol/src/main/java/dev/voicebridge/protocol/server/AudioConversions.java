package dev.voicebridge.protocol.server;

import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.pcm.Pcm16;
import dev.voicebridge.codec.resample.Resampler;
import java.util.Arrays;

/**
 * Converts between the wire formats and PCM16 samples: input decoding, output encoding, rate
 * changes. The G.711 and resampling work is the codec module's.
 */
final class AudioConversions {
  private AudioConversions() {}

  /**
   * Decodes appended audio to samples at the format's rate.
   *
   * @throws ClientRequestException when PCM16 audio has an odd byte count
   */
  static short[] decodeInput(InputFormat format, byte[] bytes) {
    if (format == InputFormat.PCM16 && (bytes.length & 1) != 0) {
      throw ClientRequestException.invalidValue(
          "audio",
          "Invalid 'audio': pcm16 audio must have an even number of bytes (2 per sample), got "
              + bytes.length
              + ".");
    }
    short[] out = new short[samplesOf(format, bytes.length)];
    decodeInto(format, bytes, bytes.length, out);
    return out;
  }

  /**
   * Decodes {@code length} appended bytes into {@code scratch}'s samples, at the format's rate.
   *
   * @return the number of samples, or -1 for PCM16 with an odd byte count (the general path
   *     reports that error)
   */
  static int decodeInput(InputFormat format, byte[] bytes, int length, AppendScratch scratch) {
    if (format == InputFormat.PCM16 && (length & 1) != 0) {
      return -1;
    }
    int samples = samplesOf(format, length);
    decodeInto(format, bytes, length, scratch.samples(samples));
    return samples;
  }

  private static int samplesOf(InputFormat format, int bytes) {
    return format == InputFormat.PCM16 ? bytes / 2 : bytes;
  }

  /** Decodes the first {@code length} bytes (an even count for PCM16) into {@code out}. */
  private static void decodeInto(InputFormat format, byte[] bytes, int length, short[] out) {
    if (format == InputFormat.PCM16) {
      Pcm16.fromLittleEndian(bytes, 0, out, 0, length / 2);
    } else {
      law(format == InputFormat.G711_ULAW).decode(bytes, 0, out, 0, length);
    }
  }

  /** Encodes samples {@code [from, to)}, already at the format's rate, into a new array. */
  static byte[] encodeOutput(OutputFormat format, short[] samples, int from, int to) {
    byte[] out = new byte[(to - from) * format.bytesPerSample()];
    encodeOutput(format, samples, from, to, out);
    return out;
  }

  /**
   * Encodes samples {@code [from, to)}, already at the format's rate, into the start of {@code
   * out}, which has room for {@code (to - from) * format.bytesPerSample()} bytes.
   *
   * @return the number of bytes written
   */
  static int encodeOutput(OutputFormat format, short[] samples, int from, int to, byte[] out) {
    int count = to - from;
    if (format.bytesPerSample() == 2) {
      Pcm16.toLittleEndian(samples, from, out, 0, count);
      return count * 2;
    }
    law(format == OutputFormat.G711_ULAW).encode(samples, from, out, 0, count);
    return count;
  }

  /**
   * Returns a whole utterance at another rate (the same array when the rates match), aligned with
   * the input: the resampler's filter delay is flushed with silence and cut off, so sample {@code
   * n} of the result is the input at instant {@code n / toRate}, and the length is exactly {@code
   * ceil(length * toRate / fromRate)}.
   */
  static short[] resample(short[] samples, int fromRate, int toRate) {
    if (fromRate == toRate) {
      return samples;
    }
    Resampler resampler = Resampler.create(fromRate, toRate);
    int delay = resampler.delaySamples();
    int length = (int) (((long) samples.length * toRate + fromRate - 1) / fromRate);
    int flush = (int) (((long) delay * fromRate + toRate - 1) / toRate) + 1;
    short[] padded = Arrays.copyOf(samples, samples.length + flush);
    short[] out = new short[resampler.maxOutputSamples(padded.length)];
    resampler.process(padded, 0, padded.length, out, 0);
    return Arrays.copyOfRange(out, delay, delay + length);
  }

  private static G711Law law(boolean ulaw) {
    return ulaw ? G711Law.ULAW : G711Law.ALAW;
  }
}
