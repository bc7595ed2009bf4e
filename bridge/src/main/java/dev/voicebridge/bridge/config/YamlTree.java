package dev.voicebridge.bridge.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.voicebridge.bridge.config.YamlNode.Mapping;
import dev.voicebridge.bridge.config.YamlNode.Scalar;
import dev.voicebridge.bridge.config.YamlNode.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML document into {@link YamlNode}s that know their line, with Jackson's streaming
 * YAML parser. Jackson's own tree model would lose the lines, and its data binding would word
 * errors in Java terms rather than in the file's.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String name;
  private final JsonParser parser;

  private YamlTree(String name, JsonParser parser) {
    this.name = name;
    this.parser = parser;
  }

  /**
   * Parses a document whose top level must be a mapping (or empty).
   *
   * @param text the YAML text
   * @param name how errors name the document, e.g. the file name
   * @return the top-level mapping
   * @throws ConfigException on a syntax error, a duplicate key or a non-mapping document
   */
  static Mapping parse(String text, String name) throws ConfigException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      YamlTree tree = new YamlTree(name, parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Mapping.empty(name);
      }
      YamlNode root = tree.node(first);
      if (root instanceof Scalar scalar && scalar.kind() == Scalar.Kind.NULL) {
        return Mapping.empty(name);
      }
      if (!(root instanceof Mapping mapping)) {
        throw new ConfigException(
            name + ": the configuration must be a mapping of sections (sip:, rtp:, ...)");
      }
      return mapping;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(
          name + " line " + line + ": not valid YAML: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read YAML: " + e.getMessage(), e);
    }
  }

  private YamlNode node(JsonToken token) throws IOException, ConfigException {
    String source = here();
    switch (token) {
      case START_OBJECT -> {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, String> keySources = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String key = parser.currentName();
          String keySource = here();
          if (entries.containsKey(key)) {
            throw new ConfigException("duplicate key '" + key + "' (" + keySource + ")");
          }
          keySources.put(key, keySource);
          entries.put(key, node(parser.nextToken()));
        }
        return new Mapping(entries, keySources, source);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(node(t));
        }
        return new Sequence(items, source);
      }
      default -> {
        return new Scalar(token == JsonToken.VALUE_NULL ? "" : parser.getText(), kind(token),
            source);
      }
    }
  }

  private static Scalar.Kind kind(JsonToken token) {
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Scalar.Kind.NUMBER;
      case VALUE_TRUE -> Scalar.Kind.TRUE;
      case VALUE_FALSE -> Scalar.Kind.FALSE;
      case VALUE_NULL -> Scalar.Kind.NULL;
      default -> Scalar.Kind.STRING;
    };
  }

  private String here() {
    return name + " line " + parser.currentTokenLocation().getLineNr();
  }

  private static String firstLine(String message) {
    String text = message == null ? "syntax error" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
