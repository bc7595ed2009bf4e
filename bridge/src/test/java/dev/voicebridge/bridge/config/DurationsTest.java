package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      milliseconds   | 500ms  | 500     | 500ms
      seconds        | 30s    | 30000   | 30s
      minutes        | 5m     | 300000  | 5m
      hours          | 1h     | 3600000 | 1h
      compound       | 1m30s  | 90000   | 90s
      zero           | 0s     | 0       | 0s
      padded         | ' 2s ' | 2000    | 2s
      sixty minutes  | 60m    | 3600000 | 1h
      """)
  void parsesAndFormatsDurationsWithUnits(String name, String text, long millis,
      String formatted) {
    Duration duration = Durations.parse(text);

    assertThat(duration).isEqualTo(Duration.ofMillis(millis));
    assertThat(Durations.format(duration)).isEqualTo(formatted);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"30", "30 s", "1.5s", "-5s", "5d", "s", "", "1h-1m"})
  void refusesDurationsWithoutAKnownUnit(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a duration like 500ms, 30s, 5m or 1h, got '" + text + "'");
  }

  @Test
  void checksARangeNamingTheKey() {
    assertThatThrownBy(() -> Durations.check("t1", Duration.ofSeconds(11), Duration.ofMillis(50),
        Duration.ofSeconds(10)))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("t1: must be 50ms-10s, got 11s");
    assertThat(Durations.check("t1", Duration.ofSeconds(1), Duration.ZERO, Duration.ofHours(1)))
        .isEqualTo(Duration.ofSeconds(1));
  }
}
