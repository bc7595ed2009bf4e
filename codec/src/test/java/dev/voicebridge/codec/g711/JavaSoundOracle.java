package dev.voicebridge.codec.g711;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Converts every G.711 code and every 16-bit sample with the JDK's own {@code javax.sound.sampled}
 * format converters: an implementation written independently of ours, used as a second oracle.
 */
final class JavaSoundOracle {

  private static final AudioFormat PCM16_LE =
      new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, G711Law.SAMPLE_RATE, 16, 1, 2, 8000, false);

  private JavaSoundOracle() {}

  /** Returns the JDK's decoding of every code, indexed by the unsigned code. */
  static short[] decodeEveryCode(G711Law law) {
    byte[] codes = new byte[256];
    for (int code = 0; code < 256; code++) {
      codes[code] = (byte) code;
    }
    byte[] pcm = convert(codes, formatOf(law), PCM16_LE);
    short[] samples = new short[256];
    for (int code = 0; code < 256; code++) {
      samples[code] = (short) ((pcm[2 * code] & 0xFF) | (pcm[2 * code + 1] << 8));
    }
    return samples;
  }

  /** Returns the JDK's encoding of every sample, indexed by the sample as an unsigned value. */
  static byte[] encodeEverySample(G711Law law) {
    byte[] pcm = new byte[2 * 65536];
    for (int index = 0; index < 65536; index++) {
      pcm[2 * index] = (byte) index;
      pcm[2 * index + 1] = (byte) (index >> 8);
    }
    return convert(pcm, PCM16_LE, formatOf(law));
  }

  private static AudioFormat formatOf(G711Law law) {
    AudioFormat.Encoding encoding =
        law == G711Law.ULAW ? AudioFormat.Encoding.ULAW : AudioFormat.Encoding.ALAW;
    return new AudioFormat(encoding, G711Law.SAMPLE_RATE, 8, 1, 1, G711Law.SAMPLE_RATE, false);
  }

  private static byte[] convert(byte[] data, AudioFormat from, AudioFormat to) {
    AudioInputStream source =
        new AudioInputStream(
            new ByteArrayInputStream(data), from, data.length / from.getFrameSize());
    try (AudioInputStream converted = AudioSystem.getAudioInputStream(to, source)) {
      return converted.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
