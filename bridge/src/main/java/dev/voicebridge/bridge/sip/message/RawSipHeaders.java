package dev.voicebridge.bridge.sip.message;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/**
 * Byte-level reading of a message's header section, before JAIN-SIP sees it: where the headers end
 * and what Content-Length says. Both framings need this: the stream decoder to know how many body
 * bytes to wait for, the parser to tell a missing Content-Length from {@code Content-Length: 0},
 * which JAIN-SIP does not distinguish.
 */
public final class RawSipHeaders {
  /** Content-Length was not present. */
  public static final int ABSENT = -1;

  private RawSipHeaders() {}

  /**
   * The index just past the empty line that ends the headers, or -1 if there is none yet. Bare LF
   * line ends are accepted, as RFC 3261 §7.5 asks of a tolerant receiver.
   */
  public static int headerEnd(byte[] bytes, int length) {
    for (int i = 0; i < length - 1; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      if (bytes[i + 1] == '\n') {
        return i + 2;
      }
      if (bytes[i + 1] == '\r' && i + 2 < length && bytes[i + 2] == '\n') {
        return i + 3;
      }
    }
    return -1;
  }

  /**
   * The value of the Content-Length header (long form or compact {@code l}) among the first
   * {@code headerEnd} bytes, or {@link #ABSENT}.
   *
   * @throws ParseException if the value is not a number, or two Content-Length headers disagree
   */
  public static int contentLength(byte[] bytes, int headerEnd) throws ParseException {
    int found = ABSENT;
    int lineStart = 0;
    while (lineStart < headerEnd) {
      int lineEnd = lineStart;
      while (lineEnd < headerEnd && bytes[lineEnd] != '\n') {
        lineEnd++;
      }
      int value = contentLengthOf(bytes, lineStart, lineEnd);
      if (value != ABSENT) {
        if (found != ABSENT && found != value) {
          throw new ParseException("Conflicting Content-Length headers", lineStart);
        }
        found = value;
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  private static int contentLengthOf(byte[] bytes, int start, int end) throws ParseException {
    int colon = start;
    while (colon < end && bytes[colon] != ':') {
      colon++;
    }
    if (colon == end) {
      return ABSENT;
    }
    String name = new String(bytes, start, colon - start, StandardCharsets.US_ASCII).trim();
    if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("l")) {
      return ABSENT;
    }
    String value = new String(bytes, colon + 1, end - colon - 1, StandardCharsets.US_ASCII).trim();
    try {
      int length = Integer.parseInt(value);
      if (length < 0) {
        throw new ParseException("Negative Content-Length: " + value, colon);
      }
      return length;
    } catch (NumberFormatException e) {
      throw new ParseException("Malformed Content-Length: " + value, colon);
    }
  }
}
