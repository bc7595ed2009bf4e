package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortRangeTest {

  @Test
  void parsesLoHiAndWritesItBack() {
    PortRange range = PortRange.parse(" 10000 - 20000 ");

    assertThat(range).isEqualTo(new PortRange(10000, 20000));
    assertThat(range.toString()).isEqualTo("10000-20000");
    assertThat(range.pairs()).isEqualTo(5000);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      odd start      | 10001-20000 | must start on an even port (RTP even, RTCP odd), got 10001
      reversed       | 20000-10000 | must be LO-HI with 1024 <= LO < HI <= 65535, got 20000-10000
      single port    | 10000-10000 | must be LO-HI with 1024 <= LO < HI <= 65535, got 10000-10000
      privileged     | 1000-2000   | must be LO-HI with 1024 <= LO < HI <= 65535, got 1000-2000
      above 65535    | 60000-70000 | must be LO-HI with 1024 <= LO < HI <= 65535, got 60000-70000
      one number     | 10000       | expected LO-HI like 10000-20000, got '10000'
      words          | low-high    | expected LO-HI like 10000-20000, got 'low-high'
      """)
  void refusesRangesRtpCannotUse(String name, String text, String message) {
    assertThatThrownBy(() -> PortRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
