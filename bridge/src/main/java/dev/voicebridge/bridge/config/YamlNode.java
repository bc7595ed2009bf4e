package dev.voicebridge.bridge.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it came from, so that errors can point at a line: a {@link
 * Scalar}, a {@link Mapping} or a {@link Sequence}. Values injected from the environment or the
 * command line carry the variable's or option's name as their source instead.
 */
sealed interface YamlNode {

  /** Where the value came from: {@code bridge.yaml line 4}, {@code --sip-port}. */
  String source();

  /**
   * A scalar, kept as written: YAML 1.1 would read {@code +4420} as the number 4420 and {@code no}
   * as false, so the text is what string settings get.
   *
   * @param text the scalar as written, empty for null
   * @param kind how YAML typed it
   * @param source where it came from
   */
  record Scalar(String text, Kind kind, String source) implements YamlNode {
    /** How the YAML parser typed a scalar. */
    enum Kind {
      STRING, NUMBER, TRUE, FALSE, NULL
    }

    /** A string value injected from outside the file. */
    static Scalar injected(String text, String source) {
      return new Scalar(text, Kind.STRING, source);
    }
  }

  /**
   * A mapping in document order.
   *
   * @param entries the values by key
   * @param keySources where each key was written, for unknown-key errors
   * @param source where the mapping starts
   */
  record Mapping(Map<String, YamlNode> entries, Map<String, String> keySources, String source)
      implements YamlNode {

    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keySources = Collections.unmodifiableMap(new LinkedHashMap<>(keySources));
    }

    /** An empty mapping standing for an absent section. */
    static Mapping empty(String source) {
      return new Mapping(Map.of(), Map.of(), source);
    }

    /**
     * A copy with a value set at a path of keys, creating the mappings on the way. A path that
     * runs into a non-mapping is left alone, so the error in the file is still reported.
     */
    Mapping with(List<String> path, YamlNode value) {
      String key = path.get(0);
      Map<String, YamlNode> copy = new LinkedHashMap<>(entries);
      Map<String, String> sources = new LinkedHashMap<>(keySources);
      if (path.size() == 1) {
        copy.put(key, value);
      } else {
        YamlNode child = entries.getOrDefault(key, empty(value.source()));
        if (!(child instanceof Mapping mapping)) {
          return this;
        }
        copy.put(key, mapping.with(new ArrayList<>(path.subList(1, path.size())), value));
      }
      sources.putIfAbsent(key, value.source());
      return new Mapping(copy, sources, source);
    }
  }

  /**
   * A sequence.
   *
   * @param items the items in order
   * @param source where the sequence starts
   */
  record Sequence(List<YamlNode> items, String source) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }
}
