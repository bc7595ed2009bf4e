package dev.voicebridge.codec.wav;

/** Little-endian field access on a byte array: RIFF stores every integer little-endian. */
final class Le {

  private Le() {}

  static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  static long u32(byte[] bytes, int at) {
    return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
  }

  static void put16(byte[] bytes, int at, int value) {
    bytes[at] = (byte) value;
    bytes[at + 1] = (byte) (value >> 8);
  }

  static void put32(byte[] bytes, int at, long value) {
    put16(bytes, at, (int) value);
    put16(bytes, at + 2, (int) (value >> 16));
  }
}
