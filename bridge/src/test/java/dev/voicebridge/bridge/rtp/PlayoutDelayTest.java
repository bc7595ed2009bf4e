package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlayoutDelayTest {

  static Stream<Arguments> delays() {
    return Stream.of(
        Arguments.of("no jitter: the minimum", 0.0, 0, 2),
        Arguments.of("4 x 10 ms jitter = 40 ms", 10.0, 0, 2),
        Arguments.of("4 x 12 ms jitter rounds up to 60 ms", 12.0, 0, 3),
        Arguments.of("4 x 25 ms jitter = 100 ms", 25.0, 0, 5),
        Arguments.of("large jitter is capped at the maximum", 500.0, 0, 10),
        Arguments.of("each late packet adds a frame", 0.0, 2, 4),
        Arguments.of("late packets are capped too", 40.0, 20, 10));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("delays")
  void adaptsToJitterAndLateness(String name, double jitterMs, int latePackets, int frames) {
    PlayoutDelay delay = new PlayoutDelay(20, 40, 200);
    for (int i = 0; i < latePackets; i++) {
      delay.noteLate();
    }

    assertThat(delay.adapt(jitterMs)).isEqualTo(frames);
    assertThat(delay.targetFrames()).isEqualTo(frames);
  }

  @Test
  void theLateAllowanceDecaysOneFramePerQuietTalkspurt() {
    PlayoutDelay delay = new PlayoutDelay(20, 40, 200);
    delay.noteLate();
    delay.noteLate();

    assertThat(delay.adapt(0)).isEqualTo(4);
    assertThat(delay.adapt(0)).isEqualTo(3);
    assertThat(delay.adapt(0)).isEqualTo(2);
    assertThat(delay.adapt(0)).isEqualTo(2);
  }
}
