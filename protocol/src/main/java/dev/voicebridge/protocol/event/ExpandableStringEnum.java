package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of the protocol's extensible string enums: a known value is a shared constant, an unknown
 * value is kept as an instance of its own and written back exactly as it was read.
 *
 * <p>The service adds enum values between api-versions (new voices, formats, statuses), so a Java
 * {@code enum} would turn a harmless addition into a parse failure or a silent null. Equality is by
 * class and value, so a value read from the wire equals the matching constant.
 */
public abstract class ExpandableStringEnum {
  private final String value;

  // Package-private: the set of enum types is this model's, not open to extension.
  ExpandableStringEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the wire spelling of this value.
   *
   * @return the string written to JSON
   */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final String toString() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((ExpandableStringEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * The known values of one enum and their accepted alternative spellings.
   *
   * <p>Unknown values are not cached: they come from the peer, and caching them would let a peer
   * grow the map without bound.
   *
   * @param <T> the enum type
   */
  static final class Values<T extends ExpandableStringEnum> {
    private final Function<String, T> factory;
    private final Map<String, T> bySpelling = new LinkedHashMap<>();
    private final Map<String, T> known = new LinkedHashMap<>();

    /**
     * Creates an empty registry.
     *
     * @param factory the enum's private constructor
     */
    Values(Function<String, T> factory) {
      this.factory = factory;
    }

    /**
     * Registers a known value; aliases parse to it but are never written.
     *
     * @param value the documented spelling
     * @param aliases spellings other SDKs or doc versions use
     * @return the constant for the value
     */
    T known(String value, String... aliases) {
      T constant = factory.apply(value);
      known.put(value, constant);
      bySpelling.put(value, constant);
      for (String alias : aliases) {
        bySpelling.put(alias, constant);
      }
      return constant;
    }

    /**
     * Returns the constant for a known spelling, or a new value that keeps an unknown one.
     *
     * @param value a wire spelling, or null
     * @return the matching value, or null for null
     */
    T fromString(String value) {
      if (value == null) {
        return null;
      }
      T constant = bySpelling.get(value);
      return constant != null ? constant : factory.apply(value);
    }

    /**
     * Returns the known values in declaration order.
     *
     * @return an unmodifiable view of the known values
     */
    Collection<T> values() {
      return Collections.unmodifiableCollection(known.values());
    }
  }
}
