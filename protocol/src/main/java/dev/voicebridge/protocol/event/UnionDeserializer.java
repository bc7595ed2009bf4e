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
 * Reads a polymorphic value by the string in its discriminator property, and hands anything it does
 * not know (an unknown discriminator, a missing one, a non-object) to a fallback that keeps the raw
 * JSON, so a newer service never breaks parsing.
 *
 * <p>Registered on the exact union type only ({@code SimpleModule} matches classes exactly), so
 * reading a variant's own class uses Jackson's record deserializer and cannot recurse back here.
 *
 * @param <T> the union type
 */
final class UnionDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<JsonNode, String> keyOf;
  private final Map<String, Class<? extends T>> variants;
  private final transient Function<JsonNode, ? extends T> fallback;
  private final boolean objectsOnly;

  private UnionDeserializer(Builder<T> builder) {
    super(builder.union);
    this.keyOf = builder.keyOf;
    this.variants = Map.copyOf(builder.variants);
    this.fallback = builder.fallback;
    this.objectsOnly = builder.objectsOnly;
  }

  /**
   * Starts a union whose variant is named by one string property.
   *
   * @param union the union type
   * @param discriminator the JSON property naming the variant, usually {@code type}
   * @param fallback builds the value kept for anything unknown from its raw JSON
   */
  static <T> Builder<T> of(
      Class<T> union, String discriminator, Function<JsonNode, ? extends T> fallback) {
    return new Builder<>(union, node -> node.path(discriminator).textValue(), fallback);
  }

  /**
   * Starts a union whose variant key is computed from the whole object, for unions discriminated by
   * more than one property.
   */
  static <T> Builder<T> keyedBy(
      Class<T> union, Function<JsonNode, String> keyOf, Function<JsonNode, ? extends T> fallback) {
    return new Builder<>(union, keyOf, fallback);
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = context.readTree(parser);
    if (objectsOnly && !node.isObject()) {
      return context.reportInputMismatch(this, "Expected a JSON object for %s", handledType());
    }
    String key = node.isObject() ? keyOf.apply(node) : null;
    Class<? extends T> variant = key == null ? null : variants.get(key);
    if (variant == null) {
      return fallback.apply(node);
    }
    return context.readTreeAsValue(node, variant);
  }

  /** Collects the variants of one union. */
  static final class Builder<T> {
    private final Class<T> union;
    private final Function<JsonNode, String> keyOf;
    private final Function<JsonNode, ? extends T> fallback;
    private final Map<String, Class<? extends T>> variants = new LinkedHashMap<>();
    private boolean objectsOnly;

    private Builder(
        Class<T> union,
        Function<JsonNode, String> keyOf,
        Function<JsonNode, ? extends T> fallback) {
      this.union = union;
      this.keyOf = keyOf;
      this.fallback = fallback;
    }

    /** Maps a variant key, or one of its alternative spellings, to a variant. */
    Builder<T> variant(String key, Class<? extends T> variant) {
      variants.put(key, variant);
      return this;
    }

    /**
     * Maps every permitted record of the sealed union by its {@code TYPE} constant, descending into
     * sealed sub-interfaces, so the {@code permits} clause stays the only list of variants.
     */
    Builder<T> permittedRecords() {
      return permittedRecords("TYPE");
    }

    /** Like {@link #permittedRecords()}, reading the key from another constant. */
    Builder<T> permittedRecords(String constant) {
      addPermitted(union, constant);
      return this;
    }

    private void addPermitted(Class<?> sealed, String constant) {
      for (Class<?> sub : sealed.getPermittedSubclasses()) {
        if (sub.isInterface() && sub.isSealed()) {
          addPermitted(sub, constant);
          continue;
        }
        String key = keyConstant(sub, constant);
        if (key != null) {
          variant(key, sub.asSubclass(union));
        }
      }
    }

    private static String keyConstant(Class<?> variant, String constant) {
      try {
        return (String) variant.getField(constant).get(null);
      } catch (NoSuchFieldException e) {
        // The fallback (Unknown...) variant has no wire type of its own.
        return null;
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(variant + "." + constant + " is not readable", e);
      }
    }

    /** Rejects anything but a JSON object, for values that are never a bare string. */
    Builder<T> objectsOnly() {
      objectsOnly = true;
      return this;
    }

    UnionDeserializer<T> build() {
      return new UnionDeserializer<>(this);
    }
  }
}
