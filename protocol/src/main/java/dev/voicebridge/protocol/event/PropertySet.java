package dev.voicebridge.protocol.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The known fields of one {@link OptionalFieldsObject} type, found by wire name or alias. */
final class PropertySet {
  private final Map<String, Property<?>> byName = new HashMap<>();

  PropertySet(List<Property<?>> properties) {
    for (Property<?> property : properties) {
      byName.put(property.name(), property);
      for (String alias : property.aliases()) {
        byName.put(alias, property);
      }
    }
  }

  /** Returns the property a wire name (or alternative spelling) denotes, or null if unknown. */
  Property<?> find(String wireName) {
    return byName.get(wireName);
  }
}
