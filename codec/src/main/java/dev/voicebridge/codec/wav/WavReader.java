package dev.voicebridge.codec.wav;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads mono 16-bit PCM, A-law and μ-law WAVE files, plain or {@code WAVE_FORMAT_EXTENSIBLE}.
 *
 * <pre>
 * offset size
 *      0    4 "RIFF"
 *      4    4 size of the rest of the file   not trusted; often 0 in streamed recordings
 *      8    4 "WAVE"
 *     12      chunks: 4-byte id, 4-byte body size, body, one pad byte if the size is odd
 * </pre>
 *
 * <p>The reader walks the chunks in order, takes the first {@code fmt} chunk, skips any other chunk
 * it does not know ({@code LIST}, {@code fact}, {@code cue }, ...), and stops at the first {@code
 * data} chunk. A {@code data} chunk that declares more bytes than the file holds is read up to the
 * end of the file, dropping a final partial sample: a recorder that was killed leaves exactly such
 * a file, and its audio is still good.
 *
 * <p>Files are read whole into memory; they are prompts and recordings, not streams.
 */
public final class WavReader {

  private WavReader() {}

  /**
   * Reads a WAVE file.
   *
   * @param path the file
   * @return its audio
   * @throws WavFormatException if the file is not a supported WAVE file
   * @throws IOException if the file cannot be read
   */
  public static WavAudio read(Path path) throws IOException {
    return read(Files.readAllBytes(path));
  }

  /**
   * Reads a WAVE file from a stream, to its end. The stream is not closed.
   *
   * @param in the stream
   * @return its audio
   * @throws WavFormatException if the content is not a supported WAVE file
   * @throws IOException if the stream cannot be read
   */
  public static WavAudio read(InputStream in) throws IOException {
    return read(in.readAllBytes());
  }

  /**
   * Reads a WAVE file held in memory.
   *
   * @param file the whole file
   * @return its audio
   * @throws WavFormatException if the bytes are not a supported WAVE file
   */
  public static WavAudio read(byte[] file) throws WavFormatException {
    Objects.requireNonNull(file, "file");
    checkHeader(file);
    FmtChunk fmt = null;
    int at = 12;
    while (at <= file.length - 8) {
      String id = fourCc(file, at);
      long size = Le.u32(file, at + 4);
      int body = at + 8;
      if (id.equals("fmt ")) {
        if (fmt != null) {
          throw new WavFormatException("second fmt chunk at offset " + at);
        }
        fmt = FmtChunk.parse(file, body, size);
      } else if (id.equals("data")) {
        if (fmt == null) {
          throw new WavFormatException(
              "data chunk at offset " + at + " comes before any fmt chunk");
        }
        int available = (int) Math.min(size, file.length - body);
        int length = available - available % fmt.blockAlign();
        return new WavAudio(
            fmt.encoding(), fmt.sampleRate(), 1, Arrays.copyOfRange(file, body, body + length));
      }
      // RIFF pads every odd-sized chunk to an even length; the pad is not counted in its size.
      long next = body + size + (size & 1);
      if (next > file.length) {
        throw new WavFormatException(
            (fmt == null ? "no fmt chunk" : "no data chunk")
                + ": the '"
                + id
                + "' chunk at offset "
                + at
                + " declares "
                + size
                + " bytes, past the end of the file");
      }
      at = (int) next;
    }
    throw new WavFormatException(fmt == null ? "no fmt chunk" : "no data chunk");
  }

  private static void checkHeader(byte[] file) throws WavFormatException {
    if (file.length < 12) {
      throw new WavFormatException(
          "not a WAV file: " + file.length + " bytes, shorter than a RIFF header");
    }
    String riff = fourCc(file, 0);
    if (riff.equals("RIFX")) {
      throw new WavFormatException("big-endian RIFX files not supported");
    }
    if (riff.equals("RF64")) {
      throw new WavFormatException("RF64 (64-bit RIFF) files not supported");
    }
    if (!riff.equals("RIFF")) {
      throw new WavFormatException("not a RIFF file: starts with " + quoted(file, 0));
    }
    if (!fourCc(file, 8).equals("WAVE")) {
      throw new WavFormatException("not a WAVE file: RIFF form type is " + quoted(file, 8));
    }
  }

  private static String fourCc(byte[] file, int at) {
    return new String(file, at, 4, StandardCharsets.ISO_8859_1);
  }

  /** Shows four bytes as text when printable, otherwise as hex, so that messages stay readable. */
  private static String quoted(byte[] file, int at) {
    StringBuilder text = new StringBuilder("'");
    for (int i = at; i < at + 4; i++) {
      if (file[i] < 0x20 || file[i] > 0x7E) {
        return String.format(
            "0x%02X%02X%02X%02X", file[at], file[at + 1], file[at + 2], file[at + 3]);
      }
      text.append((char) file[i]);
    }
    return text.append('\'').toString();
  }
}
