package dev.voicebridge.protocol.server;

import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.pcm.Pcm16;

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
    if (format == InputFormat.PCM16) {
      if ((bytes.length & 1) != 0) {
        throw ClientRequestException.invalidValue(
            "audio",
            "Invalid 'audio': pcm16 audio must have an even number of bytes (2 per sample), got "
                + bytes.length + ".");
      }
      short[] out = new short[bytes.length / 2];
      Pcm16.fromLittleEndian(bytes, 0, out, 0, out.length);
      return out;
    }
    short[] out = new short[bytes.length];
    law(format == InputFormat.G711_ULAW).decode(bytes, 0, out, 0, bytes.length);
    return out;
  }

  /** Encodes samples {@code [from, to)}, already at the format's rate, for a delta. */
  static byte[] encodeOutput(OutputFormat format, short[] samples, int from, int to) {
    int count = to - from;
    if (format.bytesPerSample() == 2) {
      byte[] out = new byte[count * 2];
      Pcm16.toLittleEndian(samples, from, out, 0, count);
      return out;
    }
    byte[] out = new byte[count];
    law(format == OutputFormat.G711_ULAW).encode(samples, from, out, 0, count);
    return out;
  }

  /** Returns the samples at another rate (the same array when the rates match). */
  static short[] resample(short[] samples, int fromRate, int toRate) {
    if (fromRate == toRate) {
      return samples;
    }
    throw new UnsupportedOperationException("resampling needs the codec module");
  }

  private static G711Law law(boolean ulaw) {
    return ulaw ? G711Law.ULAW : G711Law.ALAW;
  }
}
