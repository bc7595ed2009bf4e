package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.event.ClientEvent;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes client events as JSON through the Jackson model, straight into a pooled buffer.
 *
 * <p>For the control events (session.update, truncate, cancel, ...): a few per conversation turn,
 * so the general path is fine. Audio appends take {@link AppendFrames} instead.
 */
final class EventFrames {

  private EventFrames() {}

  /**
   * Writes one event.
   *
   * @param alloc where the buffer comes from
   * @param event the event
   * @return a new buffer holding the JSON; the caller owns it
   * @throws IllegalArgumentException if the event cannot be written
   */
  static ByteBuf encode(ByteBufAllocator alloc, ClientEvent event) {
    ByteBuf json = alloc.heapBuffer(256);
    try {
      OutputStream out = new ByteBufOutputStream(json);
      VoiceLiveJson.mapper().writeValue(out, event);
      return json;
    } catch (IOException | RuntimeException e) {
      json.release();
      throw new IllegalArgumentException("cannot write " + event.type(), e);
    }
  }
}
