package dev.voicebridge.codec.wav;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@link WavAudio} as a canonical WAVE file, laid out as sox and most tools write it:
 *
 * <pre>
 * PCM:    "RIFF" size "WAVE" | "fmt " 16 fmt-fields | "data" n samples
 * G.711:  "RIFF" size "WAVE" | "fmt " 18 fmt-fields cbSize=0 | "fact" 4 sample-count
 *         | "data" n codes [pad byte if n is odd]
 * </pre>
 *
 * <p>Formats other than PCM carry {@code cbSize} and a {@code fact} chunk with the sample count
 * because the RIFF specification requires both for compressed formats.
 */
public final class WavWriter {

  private WavWriter() {}

  /**
   * Writes a WAVE file, replacing any existing file.
   *
   * @param audio the audio
   * @param path the file to write
   * @throws IOException if the file cannot be written
   */
  public static void write(WavAudio audio, Path path) throws IOException {
    Files.write(path, toBytes(audio));
  }

  /**
   * Writes a WAVE file to a stream. The stream is neither flushed nor closed.
   *
   * @param audio the audio
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public static void write(WavAudio audio, OutputStream out) throws IOException {
    out.write(toBytes(audio));
  }

  /**
   * Returns a complete WAVE file.
   *
   * @param audio the audio
   * @return the file's bytes
   */
  public static byte[] toBytes(WavAudio audio) {
    Objects.requireNonNull(audio, "audio");
    WavEncoding encoding = audio.encoding();
    boolean pcm = encoding == WavEncoding.PCM16;
    int fmtSize = pcm ? 16 : 18;
    int factSize = pcm ? 0 : 12;
    int dataLength = audio.dataLength();
    int pad = dataLength & 1;
    int total = 12 + 8 + fmtSize + factSize + 8 + dataLength + pad;
    byte[] file = new byte[total];

    ascii(file, 0, "RIFF");
    Le.put32(file, 4, total - 8);
    ascii(file, 8, "WAVE");

    ascii(file, 12, "fmt ");
    Le.put32(file, 16, fmtSize);
    int blockAlign = audio.channels() * encoding.bytesPerSample();
    Le.put16(file, 20, encoding.formatTag());
    Le.put16(file, 22, audio.channels());
    Le.put32(file, 24, audio.sampleRate());
    Le.put32(file, 28, (long) audio.sampleRate() * blockAlign);
    Le.put16(file, 32, blockAlign);
    Le.put16(file, 34, encoding.bitsPerSample());
    // For G.711 the two cbSize bytes at offset 36 stay zero: no extra format information.

    int at = 20 + fmtSize;
    if (!pcm) {
      ascii(file, at, "fact");
      Le.put32(file, at + 4, 4);
      Le.put32(file, at + 8, audio.sampleCount());
      at += factSize;
    }
    ascii(file, at, "data");
    Le.put32(file, at + 4, dataLength);
    audio.copyData(file, at + 8);
    return file;
  }

  private static void ascii(byte[] file, int at, String fourCc) {
    for (int i = 0; i < 4; i++) {
      file[at + i] = (byte) fourCc.charAt(i);
    }
  }
}
