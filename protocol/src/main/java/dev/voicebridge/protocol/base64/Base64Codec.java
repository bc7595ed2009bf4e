package dev.voicebridge.protocol.base64;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Standard base64 (RFC 4648 §4, padded) from audio bytes straight into a frame's {@link ByteBuf}.
 *
 * <p>{@code java.util.Base64} encodes whole arrays into new arrays, or into an array from index
 * 0, so using it for the outgoing audio would cost an extra copy; this loop writes at the buffer's
 * writer index. Decoding needs no such help: the JDK's decoder takes an array slice.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4648#section-4">RFC 4648 §4</a>
 */
public final class Base64Codec {

  private static final byte[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
          .getBytes(StandardCharsets.US_ASCII);

  /**
   * Two characters for every 12 bits (8 KiB, stays in L1): two lookups and one 4-byte store per
   * three input bytes instead of four and four, which halves the loop's time.
   */
  private static final char[] PAIRS = new char[1 << 12];

  static {
    for (int i = 0; i < PAIRS.length; i++) {
      PAIRS[i] = (char) (ALPHABET[i >>> 6] << 8 | ALPHABET[i & 0x3f]);
    }
  }

  private static final VarHandle INT_BIG_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private Base64Codec() {}

  /**
   * The encoded size of some bytes.
   *
   * @param length a byte count
   * @return the number of base64 characters, padding included
   */
  public static int encodedLength(int length) {
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
  public static void encode(byte[] src, int offset, int length, ByteBuf dst) {
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
  public static void encode(ByteBuf src, ByteBuf dst) {
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

  private static void encodeToArray(byte[] src, int offset, int length, byte[] dst, int out) {
    int in = offset;
    int end = offset + length - length % 3;
    for (; in < end; in += 3, out += 4) {
      int bits = (src[in] & 0xff) << 16 | (src[in + 1] & 0xff) << 8 | (src[in + 2] & 0xff);
      INT_BIG_ENDIAN.set(dst, out, quartet(bits));
    }
    int rest = length % 3;
    if (rest != 0) {
      int bits = (src[in] & 0xff) << 16 | (rest == 2 ? (src[in + 1] & 0xff) << 8 : 0);
      INT_BIG_ENDIAN.set(dst, out, padded(quartet(bits), rest));
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

  /** Four characters for three bytes, packed big-endian for one 4-byte store. */
  private static int quartet(int bits) {
    char[] pairs = PAIRS;
    return pairs[bits >>> 12] << 16 | pairs[bits & 0xfff];
  }

  /** Replaces the characters that stand for absent bytes with padding. */
  private static int padded(int chars, int rest) {
    return rest == 2 ? (chars & 0xffffff00) | '=' : (chars & 0xffff0000) | ('=' << 8) | '=';
  }

  private static void writeTail(byte b0, byte b1, int rest, ByteBuf dst, int out) {
    int bits = (b0 & 0xff) << 16 | (b1 & 0xff) << 8;
    dst.setInt(out, padded(quartet(bits), rest));
  }
}
