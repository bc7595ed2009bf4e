package dev.voicebridge.protocol.server;

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
      return pcm16ToSamples(bytes);
    }
    throw new UnsupportedOperationException("G.711 input needs the codec module: " + format);
  }

  /** Encodes samples {@code [from, to)}, already at the format's rate, for a delta. */
  static byte[] encodeOutput(OutputFormat format, short[] samples, int from, int to) {
    if (format.bytesPerSample() == 2) {
      byte[] out = new byte[(to - from) * 2];
      for (int i = from, j = 0; i < to; i++, j += 2) {
        out[j] = (byte) samples[i];
        out[j + 1] = (byte) (samples[i] >> 8);
      }
      return out;
    }
    throw new UnsupportedOperationException("G.711 output needs the codec module: " + format);
  }

  /** Returns the samples at another rate (the same array when the rates match). */
  static short[] resample(short[] samples, int fromRate, int toRate) {
    if (fromRate == toRate) {
      return samples;
    }
    throw new UnsupportedOperationException("resampling needs the codec module");
  }

  private static short[] pcm16ToSamples(byte[] bytes) {
    short[] out = new short[bytes.length / 2];
    for (int i = 0, j = 0; i < out.length; i++, j += 2) {
      out[i] = (short) ((bytes[j] & 0xff) | (bytes[j + 1] << 8));
    }
    return out;
  }
}
