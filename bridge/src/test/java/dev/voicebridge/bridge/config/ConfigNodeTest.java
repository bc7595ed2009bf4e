package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {

  @Test
  void returnsTheFallbackForAbsentAndNullKeys() throws Exception {
    ConfigNode node = node("a: ~\n");

    assertThat(node.integer("a", 7)).isEqualTo(7);
    assertThat(node.string("b", "x")).isEqualTo("x");
    assertThat(node.duration("c", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    assertThat(node.has("a")).isFalse();
  }

  @Test
  void readsTypedValues() throws Exception {
    ConfigNode node = node("i: -12\nd: .5\nb: yes\nt: 'true'\ns: +4420\nl: [a, b]\nc: a, b\n");

    assertThat(node.integer("i", 0)).isEqualTo(-12);
    assertThat(node.decimal("d", 0)).isEqualTo(0.5);
    assertThat(node.bool("b", false)).isTrue();
    assertThat(node.bool("t", false)).isTrue();
    assertThat(node.string("s", "")).isEqualTo("+4420");
    assertThat(node.strings("l", List.of())).containsExactly("a", "b");
    assertThat(node.strings("c", List.of())).containsExactly("a", "b");
  }

  @Test
  void readsFractionsAsNumbersOrPercentages() throws Exception {
    ConfigNode node = node("a: 0.35\nb: 35%\nc: 35 %\nd: lots\n");

    assertThat(node.fraction("a", 0)).isEqualTo(0.35);
    assertThat(node.fraction("b", 0)).isEqualTo(0.35);
    assertThat(node.fraction("c", 0)).isEqualTo(0.35);
    assertThat(catchThrowableOfType(ConfigException.class, () -> node.fraction("d", 0)))
        .hasMessage("x.d: expected a fraction like 0.5 or a percentage like 50%, got 'lots'"
            + " (t line 4)");
  }

  @Test
  void readsOptionalValuesOnlyWhenTheKeyIsSet() throws Exception {
    ConfigNode node = node("s: x\nd: 0.25\nb: false\nt: 2s\nl: [a]\nn: ~\n");

    assertThat(node.optionalString("s", Optional.of("y"))).contains("x");
    assertThat(node.optionalString("n", Optional.of("y"))).contains("y");
    assertThat(node.optionalString("absent", Optional.empty())).isEmpty();
    assertThat(node.optionalDecimal("d", OptionalDouble.empty())).hasValue(0.25);
    assertThat(node.optionalDecimal("absent", OptionalDouble.of(1))).hasValue(1);
    assertThat(node.optionalBool("b", Optional.of(true))).contains(false);
    assertThat(node.optionalBool("absent", Optional.empty())).isEmpty();
    assertThat(node.optionalDuration("t", Optional.empty())).contains(Duration.ofSeconds(2));
    assertThat(node.optionalDuration("absent", Optional.empty())).isEmpty();
    assertThat(node.optionalStrings("l", List.of("z"))).containsExactly("a");
    assertThat(node.optionalStrings("absent", List.of("z"))).containsExactly("z");
  }

  @Test
  void refusesAnEmptyListForAnOptionalList() throws Exception {
    ConfigNode node = node("l: []\n");

    assertThat(catchThrowableOfType(ConfigException.class,
        () -> node.optionalStrings("l", List.of("z"))))
        .hasMessage("x.l: expected at least one value (t line 1)");
  }

  @Test
  void refusesAHexIntegerAndAWordForANumber() throws Exception {
    ConfigNode node = node("i: 0x1F\nd: half\n");

    assertThat(catchThrowableOfType(ConfigException.class, () -> node.integer("i", 0)))
        .hasMessage("x.i: expected an integer, got '0x1F' (t line 1)");
    assertThat(catchThrowableOfType(ConfigException.class, () -> node.decimal("d", 0)))
        .hasMessage("x.d: expected a number, got 'half' (t line 2)");
  }

  @Test
  void refusesASectionWhereAValueBelongs() throws Exception {
    ConfigNode node = node("s:\n  k: v\n");

    assertThat(catchThrowableOfType(ConfigException.class, () -> node.string("s", "")))
        .hasMessage("x.s: expected a string, got a section of keys (t line 2)");
  }

  @Test
  void listsTheKeysAskedForWhenAnotherIsPresent() throws Exception {
    ConfigNode node = node("alpha: 1\ngamma: 2\n");
    node.integer("alpha", 0);
    node.integer("beta", 0);

    assertThat(catchThrowableOfType(ConfigException.class, node::checkNoUnknownKeys))
        .hasMessage("x.gamma: unknown key; allowed here: alpha, beta (t line 2)");
  }

  @Test
  void turnsARecordsCheckIntoAnErrorAtTheKeysLine() throws Exception {
    ConfigNode node = node("a: 1\nport: 0\n");

    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> node.build(() -> Checks.range("port", 0, 1, 9)));

    assertThat(e).hasMessage("x.port: must be 1-9, got 0 (t line 2)");
  }

  @Test
  void namesNestedSectionsAndListItemsInThePath() throws Exception {
    ConfigNode node = node("list:\n  - a: 1\n  - a: two\n");

    List<ConfigNode> items = node.sections("list");

    assertThat(items).hasSize(2);
    assertThat(catchThrowableOfType(ConfigException.class, () -> items.get(1).integer("a", 0)))
        .hasMessage("x.list[1].a: expected an integer, got 'two' (t line 3)");
  }

  private static ConfigNode node(String yaml) throws ConfigException {
    return new ConfigNode("x", YamlTree.parse(yaml, "t"), Map.of());
  }
}
