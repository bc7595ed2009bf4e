package dev.voicebridge.protocol.server;

/**
 * One session's reused buffers for appends: the encoded text, the decoded bytes and the samples
 * they convert to.
 * They grow to the largest append seen and are then reused, so steady appending allocates nothing
 * here. Confined to the session's event loop; nothing keeps a reference past one append.
 */
final class AppendScratch {
  private byte[] base64 = new byte[0];
  private byte[] audio = new byte[0];
  private short[] samples = new short[0];

  /** A byte array of at least {@code size} bytes for the frame's text, base64 included. */
  byte[] base64(int size) {
    if (base64.length < size) {
      base64 = new byte[size];
    }
    return base64;
  }

  /** A byte array of at least {@code size} bytes for the decoded audio. */
  byte[] audio(int size) {
    if (audio.length < size) {
      audio = new byte[size];
    }
    return audio;
  }

  /** A sample array of at least {@code size} samples. */
  short[] samples(int size) {
    if (samples.length < size) {
      samples = new short[size];
    }
    return samples;
  }
}
