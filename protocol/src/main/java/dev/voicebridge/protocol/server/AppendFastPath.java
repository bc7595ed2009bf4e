package dev.voicebridge.protocol.server;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Reads the audio of a plain {@code input_audio_buffer.append} straight from the frame: appends
 * are almost every frame a session receives, 50 a second, and each used to cost a Jackson parser
 * (784 bytes of garbage, a quarter of the server's allocation at 1000 sessions) besides the
 * decoding. This recognises only the one shape clients send, in one pass over a reused copy of the
 * frame, and allocates nothing:
 *
 * <pre>
 * {"type":"input_audio_buffer.append","audio":"&lt;base64&gt;"}
 * </pre>
 *
 * <p>with optionally {@code event_id}, in any order, JSON whitespace anywhere between tokens. Every
 * value must be a string of printable ASCII without escapes, each name at most once, and the
 * audio valid base64 within the size limit. Anything else (another type, an escape, a duplicate
 * or unknown field, a number, a non-ASCII id, trailing text) returns -1 and goes the general
 * Jackson way, which accepts what JSON allows and reports the precise error otherwise. So this
 * path may decline valid JSON, but never accepts what the general path would refuse.
 */
final class AppendFastPath {
  private static final byte[] TYPE = ascii("type");
  private static final byte[] AUDIO = ascii("audio");
  private static final byte[] EVENT_ID = ascii("event_id");
  private static final byte[] APPEND = ascii("input_audio_buffer.append");

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
    int length = content.readableBytes();
    // A frame holds the base64 and a few short fields; anything much larger is over the limit.
    if ((long) length > Base64Audio.maxEncodedLength(maxAppendBytes) + 256L) {
      return -1;
    }
    byte[] json = scratch.base64(length);
    content.getBytes(content.readerIndex(), json, 0, length);
    return read(json, length, maxAppendBytes, scratch);
  }

  private static int read(byte[] json, int end, int maxAppendBytes, AppendScratch scratch) {
    int audioStart = -1;
    int audioEnd = -1;
    boolean append = false;
    boolean eventId = false;
    int i = skipWhitespace(json, 0, end);
    if (i >= end || json[i] != '{') {
      return -1;
    }
    i++;
    while (true) {
      i = skipWhitespace(json, i, end);
      int nameStart = i + 1;
      int nameEnd = stringEnd(json, i, end);
      if (nameEnd < 0) {
        return -1;
      }
      i = skipWhitespace(json, nameEnd + 1, end);
      if (i >= end || json[i] != ':') {
        return -1;
      }
      i = skipWhitespace(json, i + 1, end);
      int valueStart = i + 1;
      int valueEnd = stringEnd(json, i, end);
      if (valueEnd < 0) {
        return -1;
      }
      if (same(json, nameStart, nameEnd, TYPE)) {
        if (append || !same(json, valueStart, valueEnd, APPEND)) {
          return -1;
        }
        append = true;
      } else if (same(json, nameStart, nameEnd, AUDIO)) {
        if (audioStart >= 0) {
          return -1;
        }
        audioStart = valueStart;
        audioEnd = valueEnd;
      } else if (same(json, nameStart, nameEnd, EVENT_ID)) {
        // Only errors carry it back, and errors are reported by the general path.
        if (eventId) {
          return -1;
        }
        eventId = true;
      } else {
        return -1;
      }
      i = skipWhitespace(json, valueEnd + 1, end);
      if (i >= end) {
        return -1;
      }
      if (json[i] == '}') {
        break;
      }
      if (json[i] != ',') {
        return -1;
      }
      i++;
    }
    if (!append || audioStart < 0 || skipWhitespace(json, i + 1, end) != end) {
      return -1;
    }
    int base64Length = audioEnd - audioStart;
    if ((long) base64Length / 4 * 3 > maxAppendBytes + 2L) {
      return -1;
    }
    int decoded = Base64Audio.decode(
        json, audioStart, base64Length, scratch.audio(Base64Audio.maxDecodedLength(base64Length)));
    return decoded > maxAppendBytes ? -1 : decoded;
  }

  /**
   * The index of the closing quote of the string that opens at {@code quote}, or -1 when there is
   * none, or the string holds an escape or a byte outside printable ASCII.
   */
  private static int stringEnd(byte[] json, int quote, int end) {
    if (quote >= end || json[quote] != '"') {
      return -1;
    }
    for (int i = quote + 1; i < end; i++) {
      byte b = json[i];
      if (b == '"') {
        return i;
      }
      // Bytes of 0x80 and above are negative: non-ASCII, like control characters and escapes,
      // is left to the general path.
      if (b < 0x20 || b == '\\' || b == 0x7f) {
        return -1;
      }
    }
    return -1;
  }

  private static int skipWhitespace(byte[] json, int i, int end) {
    while (i < end) {
      byte b = json[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return i;
      }
      i++;
    }
    return i;
  }

  private static boolean same(byte[] json, int start, int end, byte[] expected) {
    if (end - start != expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (json[start + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
