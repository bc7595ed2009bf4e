package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.config.NumberMatch.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberMatchTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " | ", textBlock = """
      exact equal           | EXACT  | +442079460000   | +442079460000  | true
      exact longer          | EXACT  | +442079460000   | +4420794600001 | false
      prefix                | PREFIX | +4420           | +442079460000  | true
      prefix elsewhere      | PREFIX | +4420           | +14420         | false
      prefix needs the plus | PREFIX | +4420           | 442079460000   | false
      regex whole match     | REGEX  | \\+1(800|888)\\d{7} | +18005550100  | true
      regex partial         | REGEX  | \\+1(800|888)\\d{7} | +180055501001 | false
      """)
  void matchesTheCalledUser(String name, Kind kind, String value, String user, boolean matches) {
    assertThat(NumberMatch.of(kind, value).matches(user)).isEqualTo(matches);
  }

  @Test
  void neverMatchesAbsurdlyLongUserParts() {
    assertThat(NumberMatch.of(Kind.REGEX, ".*").matches("1".repeat(257))).isFalse();
    assertThat(NumberMatch.of(Kind.REGEX, ".*").matches(null)).isFalse();
  }

  @Test
  void refusesAnInvalidRegexOrAnEmptyValue() {
    assertThatThrownBy(() -> NumberMatch.of(Kind.REGEX, "[0-9"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith("regex: not a valid regular expression: Unclosed character class");
    assertThatThrownBy(() -> NumberMatch.of(Kind.PREFIX, ""))
        .hasMessage("prefix: must not be empty");
  }

  @Test
  void comparesAndPrintsByKindAndValue() {
    assertThat(NumberMatch.of(Kind.REGEX, "1.*")).isEqualTo(NumberMatch.of(Kind.REGEX, "1.*"))
        .isNotEqualTo(NumberMatch.of(Kind.PREFIX, "1.*")).hasToString("regex 1.*");
  }
}
