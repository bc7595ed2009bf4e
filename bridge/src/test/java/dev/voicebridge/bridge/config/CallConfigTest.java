package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallConfigTest {

  @Test
  void defaultsToPcm16At24kHzEvery20MsWithoutGreeting() {
    CallConfig call = CallConfig.DEFAULTS;

    assertThat(call.audioFormat()).isEqualTo(AudioFormat.PCM16_24K);
    assertThat(call.appendInterval()).isEqualTo(Duration.ofMillis(20));
    assertThat(call.greeting().type()).isEqualTo(GreetingConfig.Type.NONE);
    assertThat(call.maxDuration()).isEqualTo(Duration.ofHours(1));
    assertThat(call.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(call.answerDelay()).isZero();
  }

  @Test
  void buildsFromTheDefaults() {
    CallConfig call = CallConfig.newBuilder().audioFormat(AudioFormat.G711)
        .maxDuration(Duration.ofMinutes(10)).build();

    assertThat(call.toBuilder().audioFormat(AudioFormat.PCM16_24K)
        .maxDuration(Duration.ofHours(1)).build()).isEqualTo(CallConfig.DEFAULTS);
  }

  @Test
  void refusesAnAppendIntervalOffTheTenMillisecondGrid() {
    assertThatThrownBy(() -> CallConfig.newBuilder().appendInterval(Duration.ofMillis(25)).build())
        .hasMessage("append-interval: must be a multiple of 10ms, got 25ms");
  }

  @Test
  void refusesAnIdleTimeoutShorterThanAPause() {
    assertThatThrownBy(() -> CallConfig.newBuilder().idleTimeout(Duration.ofSeconds(1)).build())
        .hasMessage("idle-timeout: must be 5s-1h, got 1s");
  }

  @Test
  void refusesAnAnswerDelayLongerThanCallersWaitForIt() {
    assertThatThrownBy(() -> CallConfig.newBuilder().answerDelay(Duration.ofSeconds(61)).build())
        .hasMessage("answer-delay: must be 0s-1m, got 61s");
  }
}
