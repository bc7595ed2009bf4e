package dev.voicebridge.codec.wav;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds RIFF files chunk by chunk, for tests that need a header no tool would write. */
final class RiffBytes {

  /** The KSDATAFORMAT_SUBTYPE GUID bytes after the format tag (Data1's low 16 bits). */
  static final byte[] SUBTYPE_TAIL = {
    0x00,
    0x00,
    0x00,
    0x00,
    0x10,
    0x00,
    (byte) 0x80,
    0x00,
    0x00,
    (byte) 0xAA,
    0x00,
    0x38,
    (byte) 0x9B,
    0x71
  };

  private RiffBytes() {}

  /** A RIFF file of the given form type whose size field is correct. */
  static byte[] riff(String formType, byte[]... chunks) {
    byte[] body = concat(ascii(formType), concat(chunks));
    return concat(ascii("RIFF"), le32(body.length), body);
  }

  /** A RIFF file whose size field says {@code declaredSize} whatever follows. */
  static byte[] riffDeclaring(long declaredSize, byte[]... chunks) {
    return concat(ascii("RIFF"), le32(declaredSize), ascii("WAVE"), concat(chunks));
  }

  /** A chunk with its true size, padded to an even length as RIFF requires. */
  static byte[] chunk(String id, byte[] body) {
    byte[] chunk = concat(ascii(id), le32(body.length), body);
    return body.length % 2 == 0 ? chunk : concat(chunk, new byte[1]);
  }

  /** A chunk header declaring {@code declaredSize} followed by {@code body}, without padding. */
  static byte[] chunkDeclaring(String id, long declaredSize, byte[] body) {
    return concat(ascii(id), le32(declaredSize), body);
  }

  /** A plain 16-byte {@code fmt} chunk body. */
  static byte[] fmt(int tag, int channels, int sampleRate, int blockAlign, int bits) {
    return ByteBuffer.allocate(16)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putShort((short) tag)
        .putShort((short) channels)
        .putInt(sampleRate)
        .putInt(sampleRate * blockAlign)
        .putShort((short) blockAlign)
        .putShort((short) bits)
        .array();
  }

  /** A 40-byte {@code WAVE_FORMAT_EXTENSIBLE} {@code fmt} chunk body for mono audio. */
  static byte[] extensibleFmt(int bits, byte[] subFormatGuid) {
    return concat(
        fmt(0xFFFE, 1, 8000, bits / 8, bits),
        ByteBuffer.allocate(8)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putShort((short) 22)
            .putShort((short) bits)
            .putInt(0x4)
            .array(),
        subFormatGuid);
  }

  /** The KSDATAFORMAT_SUBTYPE GUID for a format tag. */
  static byte[] subtypeGuid(int tag) {
    return concat(new byte[] {(byte) tag, (byte) (tag >> 8)}, SUBTYPE_TAIL);
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] le32(long value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
