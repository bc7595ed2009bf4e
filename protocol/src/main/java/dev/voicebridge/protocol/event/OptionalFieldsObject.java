package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Base of the large configuration objects ({@code session}, {@code response} parameters) whose
 * every field is optional and may be in one of three states: left out, set, or explicitly null.
 *
 * <p>The distinction matters on the wire: a left-out field keeps the service's current setting,
 * while {@code "turn_detection": null} turns a feature off. Fields are held in one ordered map from
 * wire name to value, where a null value is an explicit JSON null and a name this model does not
 * know holds its raw JSON, so a read-then-write returns the same fields in the same order.
 */
abstract class OptionalFieldsObject {
  private final Map<String, Object> fields;

  OptionalFieldsObject(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The known fields of this type, used to tell additional fields apart. */
  abstract PropertySet properties();

  @SuppressWarnings("unchecked")
  final <T> T get(Property<T> property) {
    return (T) fields.get(property.name());
  }

  final Map<String, Object> fields() {
    return fields;
  }

  /**
   * Tells whether a field is present, with a value or as an explicit null.
   *
   * @param wireName the field's wire name, e.g. {@code turn_detection}
   * @return true if the field is written
   */
  public final boolean isSet(String wireName) {
    return fields.containsKey(wireName);
  }

  /**
   * Tells whether a field is present as an explicit JSON null (clearing the setting).
   *
   * @param wireName the field's wire name, e.g. {@code turn_detection}
   * @return true if the field is written as null
   */
  public final boolean isExplicitNull(String wireName) {
    return fields.containsKey(wireName) && fields.get(wireName) == null;
  }

  /**
   * Returns the wire names of the present fields, in wire order.
   *
   * @return an unmodifiable set of wire names
   */
  public final Set<String> fieldNames() {
    return fields.keySet();
  }

  /**
   * Returns the present fields this model does not know, kept so they can be forwarded.
   *
   * @return an unmodifiable map from wire name to raw JSON
   */
  public final Map<String, JsonNode> additionalProperties() {
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (properties().find(name) == null) {
            extra.put(name, (JsonNode) value);
          }
        });
    return Collections.unmodifiableMap(extra);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((OptionalFieldsObject) other).fields.equals(fields);
  }

  @Override
  public final int hashCode() {
    return fields.hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + fields;
  }

  /**
   * Collects fields in the order they are set.
   *
   * @param <T> the type built
   * @param <B> the concrete builder, returned by every setter
   */
  abstract static class Builder<T extends OptionalFieldsObject, B extends Builder<T, B>> {
    final Map<String, Object> fields = new LinkedHashMap<>();

    Builder() {}

    Builder(OptionalFieldsObject from) {
      fields.putAll(from.fields);
    }

    abstract B self();

    final <V> B set(Property<V> property, V value) {
      fields.put(property.name(), copy(value));
      return self();
    }

    // Collections are copied so a built value cannot change behind its back.
    private static Object copy(Object value) {
      if (value instanceof List<?> list) {
        return List.copyOf(list);
      }
      if (value instanceof Map<?, ?> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
      }
      return value;
    }

    /**
     * Removes a field, so it is left out of the JSON and the service keeps its setting.
     *
     * @param wireName the field's wire name
     * @return this builder
     */
    public final B unset(String wireName) {
      fields.remove(wireName);
      return self();
    }

    /**
     * Adds a field this model does not know, written as given (e.g. a preview feature).
     *
     * @param wireName the field's wire name
     * @param value its JSON value; a Java null is written as JSON null
     * @return this builder
     */
    public final B additionalProperty(String wireName, JsonNode value) {
      fields.put(wireName, value == null ? NullNode.getInstance() : value);
      return self();
    }

    /**
     * Builds the immutable value.
     *
     * @return the value
     */
    public abstract T build();
  }
}
