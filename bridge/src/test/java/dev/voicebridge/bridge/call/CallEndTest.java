package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallEndTest {
  // Only the endings the bridge causes itself still owe the caller a 503 or a BYE; the others
  // were a rejection already sent, a CANCEL, a BYE or a dialog the SIP layer has ended.
  @ParameterizedTest(name = "{0}: 503 before answer {1}, BYE after answer {2}")
  @CsvSource({
    "REJECTED,          false, false",
    "NO_MEDIA_PORT,     false, false",
    "OVERLOADED,        false, false",
    "CANCELLED,         false, false",
    "REMOTE_BYE,        false, false",
    "SIP_TERMINATED,    false, false",
    "VOICE_LIVE_FAILED, true,  true",
    "MEDIA_FAILED,      true,  true",
    "IDLE,              true,  true",
    "MAX_DURATION,      true,  true",
    "SHUTDOWN,          true,  true",
  })
  void onlyTheBridgesOwnEndingsReject503OrSendBye(CallEnd end, boolean reject, boolean bye) {
    assertThat(end.rejectIfUnanswered()).isEqualTo(reject);
    assertThat(end.byeIfAnswered()).isEqualTo(bye);
  }

  @Test
  void theTableAboveHasARowForEveryEnding() {
    // A new ending must be decided on here, not default to silence towards the caller.
    assertThat(CallEnd.values()).hasSize(11);
  }
}
