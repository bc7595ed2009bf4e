package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every class and enum name of the seed (the SDK's models package) has a type of exactly that
 * simple name in the event model.
 *
 * <p>The seed lives in {@code shared/seed/} beside the repository clone, so it is found by walking
 * up from the module directory; {@code -Dvoicebridge.seed.dir=...} overrides the search.
 */
class SeedModelNamesTest {
  static final String SEED_DIR_PROPERTY = "voicebridge.seed.dir";
  private static final List<String> PACKAGES = List.of(ServerEvent.class.getPackageName());

  @Test
  void everySeedClassHasAModelType() throws IOException {
    assertThat(missing(readNames("model-classes.txt"))).as("seed classes without a type").isEmpty();
  }

  @Test
  void everySeedEnumIsAnExtensibleEnum() throws IOException {
    List<String> enums = readNames("model-enums.txt");

    assertThat(missing(enums)).as("seed enums without a type").isEmpty();
    for (String name : enums) {
      assertThat(ExpandableStringEnum.class.isAssignableFrom(load(name)))
          .as("%s is an ExpandableStringEnum", name)
          .isTrue();
    }
  }

  @Test
  void findsTheSeedFromTheModuleDirectory() {
    assertThat(seedDir().resolve("model-classes.txt")).isRegularFile();
  }

  private static List<String> missing(List<String> names) {
    return names.stream().filter(name -> load(name) == null).toList();
  }

  private static Class<?> load(String simpleName) {
    for (String pkg : PACKAGES) {
      try {
        return Class.forName(pkg + "." + simpleName);
      } catch (ClassNotFoundException e) {
        // Try the next package.
      }
    }
    return null;
  }

  private static List<String> readNames(String file) throws IOException {
    List<String> names =
        Files.readAllLines(seedDir().resolve(file)).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    assertThat(names).as("names in %s", file).isNotEmpty();
    return names;
  }

  static Path seedDir() {
    String override = System.getProperty(SEED_DIR_PROPERTY);
    if (override != null) {
      Path dir = Path.of(override);
      if (!Files.isRegularFile(dir.resolve("model-classes.txt"))) {
        throw new IllegalStateException(
            "-D" + SEED_DIR_PROPERTY + "=" + override + " holds no model-classes.txt");
      }
      return dir;
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path seed = dir.resolve("shared").resolve("seed");
      if (Files.isRegularFile(seed.resolve("model-classes.txt"))) {
        return seed;
      }
    }
    throw new IllegalStateException(
        "No shared/seed/model-classes.txt in "
            + start
            + " or any parent directory; clone the repository next to shared/ or set -D"
            + SEED_DIR_PROPERTY);
  }
}
