package dev.voicebridge.protocol.client;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Standard base64 (RFC 4648 §4, padded) straight between audio bytes and JSON frame bytes.
 *
 * <p>{@code java.util.Base64} works on whole arrays or NIO buffers, so using it on the audio path
 * would cost an extra copy in each direction. These loops read a PCM slice and write into a
 * {@link ByteBuf}, and read a base64 slice of a frame into an exactly sized array.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4648#section-4">RFC 4648 §4</a>
 */
final class Base64Codec {

  private static final byte[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
          .getBytes(StandardCharsets.US_ASCII);

  /** Maps an ASCII byte to its 6-bit value, or -1; negative so one OR flags a bad quartet. */
  private static final int[] VALUES = new int[256];

  static {
    Arrays.fill(VALUES, -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      VALUES[ALPHABET[i]] = i;
    }
  }

  private Base64Codec() {}

  /**
   * The encoded size of some bytes.
   *
   * @param length a byte count
   * @return the number of base64 characters, padding included
   */
  static int encodedLength(int length) {
    return (length + 2) / 3 * 4;
  }

  /**
   * Appends the base64 of an array slice to a buffer.
   *
   * @param src the bytes to encode
   * @param offset the first byte
   * @param length how many bytes
   * @param dst where the characters go, at its writer index, which advances
   */
  static void encode(byte[] src, int offset, int length, ByteBuf dst) {
    int outLength = encodedLength(length);
    dst.ensureWritable(outLength);
    int writerIndex = dst.writerIndex();
    if (dst.hasArray()) {
      encodeToArray(src, offset, length, dst.array(), dst.arrayOffset() + writerIndex);
    } else {
      encodeToBuffer(src, offset, length, dst, writerIndex);
    }
    dst.writerIndex(writerIndex + outLength);
  }

  /**
   * Appends the base64 of a buffer's readable bytes to another buffer.
   *
   * @param src the bytes to encode; its indexes do not move
   * @param dst where the characters go, at its writer index, which advances
   */
  static void encode(ByteBuf src, ByteBuf dst) {
    int length = src.readableBytes();
    if (src.hasArray()) {
      encode(src.array(), src.arrayOffset() + src.readerIndex(), length, dst);
      return;
    }
    int outLength = encodedLength(length);
    dst.ensureWritable(outLength);
    int in = src.readerIndex();
    int out = dst.writerIndex();
    int end = in + length - length % 3;
    for (; in < end; in += 3, out += 4) {
      dst.setInt(out, quartet(src.getUnsignedMedium(in)));
    }
    int rest = length % 3;
    if (rest != 0) {
      writeTail(src.getByte(in), rest == 2 ? src.getByte(in + 1) : 0, rest, dst, out);
    }
    dst.writerIndex(dst.writerIndex() + outLength);
  }

  /**
   * Decodes a slice of base64 characters.
   *
   * @param src the characters, as ASCII bytes
   * @param offset the first character
   * @param length how many characters; padding may be left out
   * @return the decoded bytes, in an array of exactly their length
   * @throws IllegalArgumentException if a character is outside the alphabet or misplaced
   */
  static byte[] decode(byte[] src, int offset, int length) {
    if (length >= 2 && src[offset + length - 1] == '=') {
      length -= src[offset + length - 2] == '=' ? 2 : 1;
    }
    int tail = length & 3;
    if (tail == 1) {
      throw new IllegalArgumentException("base64 length " + length + " leaves one character");
    }
    byte[] out = new byte[length / 4 * 3 + (tail == 0 ? 0 : tail - 1)];
    int in = offset;
    int end = offset + length - tail;
    int o = 0;
    for (; in < end; in += 4, o += 3) {
      int bits =
          VALUES[src[in] & 0xff] << 18
              | VALUES[src[in + 1] & 0xff] << 12
              | VALUES[src[in + 2] & 0xff] << 6
              | VALUES[src[in + 3] & 0xff];
      if (bits < 0) {
        throw invalid(src, in, offset);
      }
      out[o] = (byte) (bits >> 16);
      out[o + 1] = (byte) (bits >> 8);
      out[o + 2] = (byte) bits;
    }
    if (tail != 0) {
      int bits = VALUES[src[in] & 0xff] << 18 | VALUES[src[in + 1] & 0xff] << 12;
      if (tail == 3) {
        bits |= VALUES[src[in + 2] & 0xff] << 6;
      }
      if (bits < 0) {
        throw invalid(src, in, offset);
      }
      out[o] = (byte) (bits >> 16);
      if (tail == 3) {
        out[o + 1] = (byte) (bits >> 8);
      }
    }
    return out;
  }

  private static void encodeToArray(byte[] src, int offset, int length, byte[] dst, int out) {
    int in = offset;
    int end = offset + length - length % 3;
    byte[] alphabet = ALPHABET;
    for (; in < end; in += 3, out += 4) {
      int bits = (src[in] & 0xff) << 16 | (src[in + 1] & 0xff) << 8 | (src[in + 2] & 0xff);
      dst[out] = alphabet[bits >>> 18];
      dst[out + 1] = alphabet[(bits >>> 12) & 0x3f];
      dst[out + 2] = alphabet[(bits >>> 6) & 0x3f];
      dst[out + 3] = alphabet[bits & 0x3f];
    }
    int rest = length % 3;
    if (rest != 0) {
      int bits = (src[in] & 0xff) << 16 | (rest == 2 ? (src[in + 1] & 0xff) << 8 : 0);
      dst[out] = alphabet[bits >>> 18];
      dst[out + 1] = alphabet[(bits >>> 12) & 0x3f];
      dst[out + 2] = rest == 2 ? alphabet[(bits >>> 6) & 0x3f] : (byte) '=';
      dst[out + 3] = '=';
    }
  }

  private static void encodeToBuffer(byte[] src, int offset, int length, ByteBuf dst, int out) {
    int in = offset;
    int end = offset + length - length % 3;
    for (; in < end; in += 3, out += 4) {
      dst.setInt(out, quartet((src[in] & 0xff) << 16 | (src[in + 1] & 0xff) << 8
          | (src[in + 2] & 0xff)));
    }
    int rest = length % 3;
    if (rest != 0) {
      writeTail(src[in], rest == 2 ? src[in + 1] : 0, rest, dst, out);
    }
  }

  /** Four characters for three bytes, packed big-endian for one {@code setInt}. */
  private static int quartet(int bits) {
    byte[] alphabet = ALPHABET;
    return alphabet[bits >>> 18] << 24
        | alphabet[(bits >>> 12) & 0x3f] << 16
        | alphabet[(bits >>> 6) & 0x3f] << 8
        | alphabet[bits & 0x3f];
  }

  private static void writeTail(byte b0, byte b1, int rest, ByteBuf dst, int out) {
    int bits = (b0 & 0xff) << 16 | (b1 & 0xff) << 8;
    int chars = quartet(bits);
    // Replace the characters that stand for absent bytes with padding.
    chars = rest == 2 ? (chars & 0xffffff00) | '=' : (chars & 0xffff0000) | ('=' << 8) | '=';
    dst.setInt(out, chars);
  }

  private static IllegalArgumentException invalid(byte[] src, int quartetStart, int offset) {
    return new IllegalArgumentException(
        "invalid base64 near character " + (quartetStart - offset));
  }
}
