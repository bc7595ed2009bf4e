package dev.voicebridge.protocol.server;

import java.util.Arrays;

/**
 * Decodes the base64 of an append into a reused array: the JDK's decoder takes the whole of its
 * source array and returns a new array, which costs two allocations per append. Accepts what
 * {@link java.util.Base64#getDecoder()} accepts (RFC 4648 alphabet, padding optional) and rejects
 * everything else, so the general path can report the error.
 */
final class Base64Audio {
  private static final int INVALID = -1;
  private static final int[] VALUES = new int[256];

  static {
    Arrays.fill(VALUES, INVALID);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = i;
    }
  }

  private Base64Audio() {}

  /** The padded base64 length of {@code bytes} bytes. */
  static int maxEncodedLength(int bytes) {
    return (bytes + 2) / 3 * 4;
  }

  /** The most bytes {@code length} base64 characters decode to. */
  static int maxDecodedLength(int length) {
    return (length + 3) / 4 * 3;
  }

  /**
   * Decodes {@code length} characters of {@code src} from {@code start} into {@code dst}. (A heap
   * array, not the frame's buffer: per-byte reads of a direct buffer cost more than one bulk copy.)
   *
   * @param dst has room for {@link #maxDecodedLength(int) maxDecodedLength(length)} bytes
   * @return the number of bytes decoded, or -1 if the text is not valid base64
   */
  static int decode(byte[] src, int start, int length, byte[] dst) {
    int end = start + length;
    // Padding ends the data: at most two '=' at the very end of a four-character unit.
    int pad = 0;
    while (pad < 2 && end > start && src[end - 1] == '=') {
      end--;
      pad++;
    }
    if (pad > 0 && length % 4 != 0) {
      return -1;
    }
    int out = 0;
    int i = start;
    for (; i + 4 <= end; i += 4) {
      int bits = VALUES[src[i] & 0xFF] << 18 | VALUES[src[i + 1] & 0xFF] << 12
          | VALUES[src[i + 2] & 0xFF] << 6 | VALUES[src[i + 3] & 0xFF];
      if (bits < 0) {
        return -1; // an INVALID (-1) anywhere makes the whole value negative
      }
      dst[out++] = (byte) (bits >> 16);
      dst[out++] = (byte) (bits >> 8);
      dst[out++] = (byte) bits;
    }
    int rest = end - i;
    if (rest == 1) {
      return -1; // six bits cannot make a byte
    }
    if (rest > 1) {
      int bits = VALUES[src[i] & 0xFF] << 18 | VALUES[src[i + 1] & 0xFF] << 12;
      if (rest == 3) {
        bits |= VALUES[src[i + 2] & 0xFF] << 6;
      }
      if (bits < 0) {
        return -1;
      }
      dst[out++] = (byte) (bits >> 16);
      if (rest == 3) {
        dst[out++] = (byte) (bits >> 8);
      }
    }
    return out;
  }
}
