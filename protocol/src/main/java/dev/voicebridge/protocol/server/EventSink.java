package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a session's server events go: its WebSocket, on the session's event loop. */
interface EventSink {
  /** Queues one event (made by {@link ServerEvents#event}); sent at the next {@link #flush()}. */
  void send(ObjectNode event);

  /**
   * Queues a {@code response.audio.delta}: the most frequent and largest event, which the sink
   * writes without a JSON tree, a String or an array of its own. The ids are server-made, so they
   * need no escaping.
   *
   * @param responseId the response
   * @param itemId the assistant item
   * @param format the output format the samples are encoded in, then base64 on the way out
   * @param samples the response's samples, already at the format's rate; only read during the call
   * @param from the first sample of the delta
   * @param to the end of the delta, exclusive
   */
  void sendAudioDelta(
      String responseId, String itemId, OutputFormat format, short[] samples, int from, int to);

  /** Sends what {@link #send} queued. */
  void flush();

  /** Whether the socket takes more data now; a streamer waits for writability otherwise. */
  boolean writable();
}
