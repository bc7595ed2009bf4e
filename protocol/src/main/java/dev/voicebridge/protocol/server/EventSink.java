package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/** Where a session's server events go: its WebSocket, on the session's event loop. */
interface EventSink {
  /** Queues one event (made by {@link ServerEvents#event}); sent at the next {@link #flush()}. */
  void send(ObjectNode event);

  /**
   * Queues a {@code response.audio.delta}: the most frequent and largest event, which a sink may
   * write without building a JSON tree. The ids are server-made, so they need no escaping.
   *
   * @param responseId the response
   * @param itemId the assistant item
   * @param audio the delta's audio in the output format, base64-encoded on the way out
   */
  default void sendAudioDelta(String responseId, String itemId, byte[] audio) {
    ObjectNode delta = ServerEvents.partEvent("response.audio.delta", responseId, itemId);
    delta.put("delta", Base64.getEncoder().encodeToString(audio));
    send(delta);
  }

  /** Sends what {@link #send} queued. */
  void flush();

  /** Whether the socket takes more data now; a streamer waits for writability otherwise. */
  boolean writable();
}
