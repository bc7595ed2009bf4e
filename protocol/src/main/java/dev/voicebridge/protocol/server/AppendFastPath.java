package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the audio of a plain {@code input_audio_buffer.append} straight from the frame, without a
 * JSON tree or a string of the base64: appends are almost every frame a session receives, and
 * profiling showed the tree, the string copies and Jackson's own base64 decoding as most of their
 * cost. The parser only checks the shape and finds the audio; the base64 is decoded from the
 * frame's bytes into the session's reused buffer ({@link Base64Audio}).
 *
 * <p>Only the well-formed case is handled here: an object with {@code type}, {@code audio} and
 * optionally {@code event_id}, in any order, the audio valid base64 without JSON escapes and within
 * the size limit. Anything else returns null and goes the general way, which reports the precise
 * error.
 */
final class AppendFastPath {
  private static final String APPEND = "input_audio_buffer.append";

  private AppendFastPath() {}

  /**
   * Decodes the audio into {@code scratch} (see {@link AppendScratch#audio}) and returns its
   * length, or -1 when the frame is not a plain valid append.
   *
   * @param content the frame's JSON; its reader index is not moved
   * @param maxAppendBytes the largest decoded size accepted
   * @param scratch the session's reused buffers
   */
  static int read(ByteBuf content, int maxAppendBytes, AppendScratch scratch) {
    long audioQuote = -1;
    boolean append = false;
    try (InputStream in = new ByteBufInputStream(content.duplicate());
        JsonParser parser = ServerJson.MAPPER.getFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return -1;
      }
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_OBJECT;
          token = parser.nextToken()) {
        String name = parser.currentName();
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          return -1;
        }
        switch (name) {
          case "type" -> {
            if (!APPEND.equals(parser.getText())) {
              return -1;
            }
            append = true;
          }
          // The value is not read: the parser skips it, and it is decoded from the frame below.
          case "audio" -> audioQuote = parser.currentTokenLocation().getByteOffset();
          case "event_id" -> {
            // Only errors carry it back, and errors are reported by the general path.
          }
          default -> {
            return -1;
          }
        }
      }
      if (!append || audioQuote < 0 || parser.nextToken() != null) {
        return -1;
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return decodeInPlace(
        content, content.readerIndex() + (int) audioQuote + 1, maxAppendBytes, scratch);
  }

  private static int decodeInPlace(
      ByteBuf content, int start, int maxAppendBytes, AppendScratch scratch) {
    int end = content.indexOf(start, content.writerIndex(), (byte) '"');
    if (end < 0 || content.bytesBefore(start, end - start, (byte) '\\') >= 0) {
      return -1;
    }
    int length = end - start;
    if ((long) length / 4 * 3 > maxAppendBytes + 2L) {
      return -1;
    }
    byte[] base64 = scratch.base64(length);
    content.getBytes(start, base64, 0, length);
    int decoded = Base64Audio.decode(
        base64, 0, length, scratch.audio(Base64Audio.maxDecodedLength(length)));
    return decoded > maxAppendBytes ? -1 : decoded;
  }
}
