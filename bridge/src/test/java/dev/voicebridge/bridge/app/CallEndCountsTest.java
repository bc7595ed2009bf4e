package dev.voicebridge.bridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.call.CallEnd;
import dev.voicebridge.bridge.call.CallSummary;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallEndCountsTest {

  private static CallSummary endedBy(CallEnd end) {
    return new CallSummary("call-" + end, end, true, Duration.ofSeconds(1), 0, 0, 0,
        Optional.empty());
  }

  @Test
  void countsFailuresAsVoiceLiveNoPortOverloadAndSipEnds() {
    assertThat(EnumSet.allOf(CallEnd.class).stream().filter(CallEndCounts::isFailure))
        .containsExactlyInAnyOrder(CallEnd.VOICE_LIVE_FAILED, CallEnd.NO_MEDIA_PORT,
            CallEnd.OVERLOADED, CallEnd.SIP_TERMINATED);
  }

  @Test
  void countsEveryEndAndTheFailuresAmongThem() {
    CallEndCounts counts = new CallEndCounts();
    for (CallEnd end : CallEnd.values()) {
      counts.accept(endedBy(end));
    }
    counts.accept(endedBy(CallEnd.REMOTE_BYE));

    assertThat(counts.ended()).isEqualTo(CallEnd.values().length + 1);
    assertThat(counts.failed()).isEqualTo(4);
    assertThat(counts.count(CallEnd.REMOTE_BYE)).isEqualTo(2);
  }
}
