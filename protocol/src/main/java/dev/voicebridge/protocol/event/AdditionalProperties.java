package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies the unknown fields a record keeps, preserving their wire order. */
final class AdditionalProperties {
  private AdditionalProperties() {}

  static Map<String, JsonNode> copyOf(Map<String, JsonNode> fields) {
    return fields == null || fields.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
