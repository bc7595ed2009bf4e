package dev.voicebridge.bridge.config;

import dev.voicebridge.bridge.config.YamlNode.Mapping;
import dev.voicebridge.bridge.config.YamlNode.Scalar;
import dev.voicebridge.bridge.config.YamlNode.Sequence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One section of the configuration being read: typed access to its keys with the default for
 * each, and errors that name the path and the line.
 *
 * <p>Every key a section's reader asks for is remembered; {@link #checkNoUnknownKeys} then
 * reports anything else in the YAML as unknown, listing exactly the keys the reader knows. A
 * misspelt key ({@code udp_port}) therefore fails loudly instead of silently keeping the default.
 */
final class ConfigNode {
  private final String path;
  private final Mapping mapping;
  private final Map<String, String> env;
  private final Set<String> known = new LinkedHashSet<>();

  ConfigNode(String path, Mapping mapping, Map<String, String> env) {
    this.path = path;
    this.mapping = mapping;
    this.env = env;
  }

  /** The environment variables, for settings that name one. */
  Map<String, String> env() {
    return env;
  }

  /** Whether the key is present with a non-null value. */
  boolean has(String key) {
    known.add(key);
    YamlNode node = mapping.entries().get(key);
    return node != null && !(node instanceof Scalar s && s.kind() == Scalar.Kind.NULL);
  }

  /** A nested section; absent or null gives an empty one, so all its defaults apply. */
  ConfigNode section(String key) throws ConfigException {
    Optional<YamlNode> node = value(key);
    if (node.isEmpty()) {
      return new ConfigNode(path(key), Mapping.empty(mapping.source()), env);
    }
    if (!(node.get() instanceof Mapping nested)) {
      throw error(key, "expected a section of keys");
    }
    return new ConfigNode(path(key), nested, env);
  }

  /** A list of sections, e.g. {@code profiles}; absent gives an empty list. */
  List<ConfigNode> sections(String key) throws ConfigException {
    Optional<YamlNode> node = value(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof Sequence sequence)) {
      throw error(key, "expected a list");
    }
    List<ConfigNode> sections = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      if (!(sequence.items().get(i) instanceof Mapping item)) {
        throw new ConfigException(path(key) + "[" + i + "]: expected a section of keys ("
            + sequence.items().get(i).source() + ")");
      }
      sections.add(new ConfigNode(path(key) + "[" + i + "]", item, env));
    }
    return sections;
  }

  String string(String key, String fallback) throws ConfigException {
    return scalar(key, "a string", false).map(Scalar::text).orElse(fallback);
  }

  /** A credential; its value is never part of an error. */
  Optional<Secret> secret(String key) throws ConfigException {
    return scalar(key, "a string", true).map(Scalar::text).filter(s -> !s.isBlank())
        .map(Secret::of);
  }

  int integer(String key, int fallback) throws ConfigException {
    return parsed(key, fallback, "an integer", text -> {
      if (!text.matches("[+-]?\\d{1,9}")) {
        throw new IllegalArgumentException();
      }
      return Integer.parseInt(text);
    });
  }

  double decimal(String key, double fallback) throws ConfigException {
    return parsed(key, fallback, "a number", text -> {
      if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
        throw new IllegalArgumentException();
      }
      return Double.parseDouble(text);
    });
  }

  /** A fraction written as a number ({@code 0.5}) or a percentage ({@code 50%}). */
  double fraction(String key, double fallback) throws ConfigException {
    return parsed(key, fallback, "a fraction like 0.5 or a percentage like 50%", text -> {
      boolean percent = text.endsWith("%");
      String number = percent ? text.substring(0, text.length() - 1).strip() : text;
      if (!number.matches("\\d+\\.?\\d*|\\.\\d+")) {
        throw new IllegalArgumentException();
      }
      return Double.parseDouble(number) / (percent ? 100 : 1);
    });
  }

  boolean bool(String key, boolean fallback) throws ConfigException {
    Optional<Scalar> scalar = scalar(key, "true or false", false);
    if (scalar.isEmpty()) {
      return fallback;
    }
    return switch (scalar.get().kind()) {
      case TRUE -> true;
      case FALSE -> false;
      default -> switch (scalar.get().text().toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> throw error(key, "expected true or false, got '" + scalar.get().text() + "'");
      };
    };
  }

  Duration duration(String key, Duration fallback) throws ConfigException {
    return parsed(key, fallback, null, Durations::parse);
  }

  /** An optional string: the YAML's value when the key is set, the fallback otherwise. */
  Optional<String> optionalString(String key, Optional<String> fallback) throws ConfigException {
    return has(key) ? Optional.of(string(key, "")) : fallback;
  }

  /** An optional number: the YAML's value when the key is set, the fallback otherwise. */
  OptionalDouble optionalDecimal(String key, OptionalDouble fallback) throws ConfigException {
    return has(key) ? OptionalDouble.of(decimal(key, 0)) : fallback;
  }

  /** An optional boolean: the YAML's value when the key is set, the fallback otherwise. */
  Optional<Boolean> optionalBool(String key, Optional<Boolean> fallback) throws ConfigException {
    return has(key) ? Optional.of(bool(key, false)) : fallback;
  }

  /** An optional duration: the YAML's value when the key is set, the fallback otherwise. */
  Optional<Duration> optionalDuration(String key, Optional<Duration> fallback)
      throws ConfigException {
    return has(key) ? Optional.of(duration(key, Duration.ZERO)) : fallback;
  }

  /**
   * A value read from a string by a parser; an {@link IllegalArgumentException} from the parser
   * becomes an error at this key, worded by the parser or, if it has no message, as "expected
   * {@code what}".
   */
  <T> T parsed(String key, T fallback, String what, Function<String, T> parser)
      throws ConfigException {
    Optional<Scalar> scalar = scalar(key, what == null ? "a string" : what, false);
    if (scalar.isEmpty()) {
      return fallback;
    }
    try {
      return parser.apply(scalar.get().text().strip());
    } catch (IllegalArgumentException e) {
      throw error(key, e.getMessage() != null
          ? e.getMessage()
          : "expected " + what + ", got '" + scalar.get().text() + "'");
    }
  }

  /** A list of strings, written as a YAML list or as one comma-separated string. */
  List<String> strings(String key, List<String> fallback) throws ConfigException {
    Optional<YamlNode> node = value(key);
    if (node.isEmpty()) {
      return fallback;
    }
    List<String> values = new ArrayList<>();
    if (node.get() instanceof Sequence sequence) {
      for (YamlNode item : sequence.items()) {
        if (!(item instanceof Scalar scalar) || scalar.kind() == Scalar.Kind.NULL) {
          throw error(key, "expected a list of values");
        }
        values.add(scalar.text().strip());
      }
    } else if (node.get() instanceof Scalar scalar) {
      for (String part : scalar.text().split(",")) {
        values.add(part.strip());
      }
    } else {
      throw error(key, "expected a list of values");
    }
    return values;
  }

  /**
   * A list that is empty when unset: the YAML's values when the key is set, the fallback
   * otherwise. A list set to no values is refused, since it would read as unset.
   */
  List<String> optionalStrings(String key, List<String> fallback) throws ConfigException {
    List<String> values = strings(key, fallback);
    if (has(key) && values.isEmpty()) {
      throw error(key, "expected at least one value");
    }
    return values;
  }

  /**
   * Builds this section's record, turning an {@link InvalidSettingException} into an error at
   * the offending key's line.
   */
  <T> T build(Supplier<T> constructor) throws ConfigException {
    try {
      return constructor.get();
    } catch (InvalidSettingException e) {
      throw error(e.key(), e.problem());
    }
  }

  /** Fails on the first key no reader asked for, listing the keys allowed here. */
  void checkNoUnknownKeys() throws ConfigException {
    for (String key : mapping.entries().keySet()) {
      if (!known.contains(key)) {
        throw new ConfigException(path(key) + ": unknown key; allowed here: "
            + String.join(", ", known) + " (" + mapping.keySources().get(key) + ")");
      }
    }
  }

  /** An error about this section as a whole. */
  ConfigException error(String message) {
    return new ConfigException(path + ": " + message + " (" + mapping.source() + ")");
  }

  /** An error at a key of this section, or at the section if the key is not in the YAML. */
  ConfigException error(String key, String message) {
    String source = mapping.entries().containsKey(key)
        ? mapping.entries().get(key).source()
        : mapping.source();
    return new ConfigException(path(key) + ": " + message + " (" + source + ")");
  }

  private Optional<YamlNode> value(String key) {
    known.add(key);
    YamlNode node = mapping.entries().get(key);
    if (node == null || node instanceof Scalar s && s.kind() == Scalar.Kind.NULL) {
      return Optional.empty();
    }
    return Optional.of(node);
  }

  private Optional<Scalar> scalar(String key, String what, boolean secret)
      throws ConfigException {
    Optional<YamlNode> node = value(key);
    if (node.isPresent() && !(node.get() instanceof Scalar)) {
      throw error(key, "expected " + what + (secret ? "" : ", got a " + kind(node.get())));
    }
    return node.map(Scalar.class::cast);
  }

  private static String kind(YamlNode node) {
    return node instanceof Mapping ? "section of keys" : "list";
  }

  private String path(String key) {
    return path.isEmpty() ? key : path + "." + Objects.requireNonNull(key);
  }
}
