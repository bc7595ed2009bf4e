package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The server's JSON plumbing: one shared mapper and node factory.
 *
 * <p>The server reads and writes events as Jackson trees rather than through the typed event model:
 * it must answer malformed and partly valid events field by field, name the offending field in
 * {@code param}, and pass through fields it does not know, which typed binding would either reject
 * wholesale or drop.
 */
final class ServerJson {
  /**
   * Thread-safe once configured; shared by every session. Jackson caps strings at 20M characters by
   * default, less than the base64 of one 15 MiB append (21M): the cap is lifted, and the WebSocket
   * message limit bounds every string instead.
   */
  static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
              .build());

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ServerJson() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }
}
