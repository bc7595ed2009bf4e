package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Loads the JSON fixtures under this package's test resources and compares JSON trees. */
final class Fixtures {
  private Fixtures() {}

  /** Returns the file names in a fixture folder, e.g. {@code fixtures} or {@code variants}. */
  static List<String> names(String folder) {
    URL url = Fixtures.class.getResource(folder);
    if (url == null) {
      throw new IllegalStateException("No fixture folder " + folder + " next to Fixtures.class");
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a fixture's bytes. */
  static byte[] bytes(String folder, String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(folder + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + folder + "/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON as a plain tree, without the model. */
  static JsonNode tree(byte[] json) {
    try {
      return VoiceLiveJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes null-valued fields, recursively: outside the explicit-null types a JSON null and a
   * left-out field mean the same, and the model writes neither.
   */
  static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.properties().removeIf(field -> field.getValue().isNull());
    }
    node.forEach(Fixtures::strip);
  }

  /** Compares numbers by value, so {@code 1} equals {@code 1.0}; everything else exactly. */
  static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
      };
}
