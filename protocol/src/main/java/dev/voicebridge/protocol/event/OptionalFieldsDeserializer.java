package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an {@link OptionalFieldsObject}: known fields (by name or alternative spelling) into their
 * Java types under their documented name, JSON nulls as explicit nulls, unknown fields as raw JSON.
 *
 * @param <T> the type read
 */
final class OptionalFieldsDeserializer<T extends OptionalFieldsObject> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient PropertySet properties;
  private final transient Function<Map<String, Object>, T> factory;

  OptionalFieldsDeserializer(
      Class<T> type, PropertySet properties, Function<Map<String, Object>, T> factory) {
    super(type);
    this.properties = properties;
    this.factory = factory;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = context.readTree(parser);
    if (!node.isObject()) {
      return context.reportInputMismatch(this, "Expected a JSON object for %s", handledType());
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Property<?> property = properties.find(field.getKey());
      JsonNode value = field.getValue();
      if (property == null) {
        fields.put(field.getKey(), value);
      } else if (value.isNull()) {
        fields.put(property.name(), null);
      } else {
        fields.put(property.name(), context.readTreeAsValue(value, property.type()));
      }
    }
    return factory.apply(fields);
  }
}
