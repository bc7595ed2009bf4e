package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a session's server events go: its WebSocket, on the session's event loop. */
interface EventSink {
  /** Queues one event (made by {@link ServerEvents#event}); sent at the next {@link #flush()}. */
  void send(ObjectNode event);

  /** Sends what {@link #send} queued. */
  void flush();

  /** Whether the socket takes more data now; a streamer waits for writability otherwise. */
  boolean writable();
}
