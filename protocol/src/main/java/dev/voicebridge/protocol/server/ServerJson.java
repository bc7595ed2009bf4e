package dev.voicebridge.protocol.server;

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
  /** Thread-safe once configured; shared by every session. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ServerJson() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }
}
