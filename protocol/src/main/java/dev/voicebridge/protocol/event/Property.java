package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;
import java.util.Map;

/**
 * One known field of an {@link OptionalFieldsObject}: its wire name, the Java type its JSON value
 * is read as, and other spellings accepted when reading.
 *
 * @param <T> the Java type of the value
 */
final class Property<T> {
  private final String name;
  private final JavaType type;
  private final List<String> aliases;

  private Property(String name, JavaType type, String... aliases) {
    this.name = name;
    this.type = type;
    this.aliases = List.of(aliases);
  }

  static <T> Property<T> of(String name, Class<T> type, String... aliases) {
    return new Property<>(name, TypeFactory.defaultInstance().constructType(type), aliases);
  }

  static <E> Property<List<E>> listOf(String name, Class<E> element) {
    return new Property<>(
        name, TypeFactory.defaultInstance().constructCollectionType(List.class, element));
  }

  static <V> Property<Map<String, V>> mapOf(String name, Class<V> value) {
    return new Property<>(
        name, TypeFactory.defaultInstance().constructMapType(Map.class, String.class, value));
  }

  String name() {
    return name;
  }

  JavaType type() {
    return type;
  }

  List<String> aliases() {
    return aliases;
  }
}
