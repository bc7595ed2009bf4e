package dev.voicebridge.protocol.client;

import io.netty.buffer.ByteBuf;
import dev.voicebridge.protocol.base64.Base64Codec;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code input_audio_buffer.append} events without Jackson: a fixed prefix, the audio's
 * base64 encoded straight into the buffer, a fixed suffix.
 *
 * <pre>
 * {"type":"input_audio_buffer.append","audio":"&lt;base64&gt;"}
 * </pre>
 *
 * <p>This is the bridge's hottest write, 50 times a second per call, so it makes no String of the
 * audio and no intermediate array. The buffer is heap: the base64 loop writes its array directly,
 * and the masking frame encoder copies the payload into a fresh buffer for the socket anyway.
 */
final class AppendFrames {

  private static final byte[] PREFIX =
      "{\"type\":\"input_audio_buffer.append\",\"audio\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SUFFIX = {'"', '}'};

  private AppendFrames() {}

  /**
   * The size of an append event's JSON for some audio.
   *
   * @param audioBytes the number of audio bytes
   * @return the JSON's size in bytes
   */
  static int jsonLength(int audioBytes) {
    return PREFIX.length + Base64Codec.encodedLength(audioBytes) + SUFFIX.length;
  }

  /**
   * Writes an append event for an array slice.
   *
   * @param alloc where the buffer comes from
   * @param pcm the audio
   * @param offset the first byte
   * @param length how many bytes
   * @return a new buffer holding the JSON; the caller owns it
   */
  static ByteBuf encode(ByteBufAllocator alloc, byte[] pcm, int offset, int length) {
    int size = jsonLength(length);
    ByteBuf json = alloc.heapBuffer(size, size);
    try {
      json.writeBytes(PREFIX);
      Base64Codec.encode(pcm, offset, length, json);
      json.writeBytes(SUFFIX);
      return json;
    } catch (RuntimeException e) {
      json.release();
      throw e;
    }
  }

  /**
   * Writes an append event for a buffer's readable bytes, leaving that buffer untouched.
   *
   * @param alloc where the buffer comes from
   * @param pcm the audio
   * @return a new buffer holding the JSON; the caller owns it
   */
  static ByteBuf encode(ByteBufAllocator alloc, ByteBuf pcm) {
    int size = jsonLength(pcm.readableBytes());
    ByteBuf json = alloc.heapBuffer(size, size);
    try {
      json.writeBytes(PREFIX);
      Base64Codec.encode(pcm, json);
      json.writeBytes(SUFFIX);
      return json;
    } catch (RuntimeException e) {
      json.release();
      throw e;
    }
  }
}
