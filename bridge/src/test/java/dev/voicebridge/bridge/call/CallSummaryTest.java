package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.rtp.RtpSessionStats;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallSummaryTest {
  private static final RtpSessionStats STATS = new RtpSessionStats(
      1500, 240_000, // packets and octets in
      1480, 236_800, // packets and octets out
      12, 3, 1, 2, 4, 0, 0, // lost, late, duplicates, reordered, concealed, overflowed, ssrc
      4.5, 60, 1, 0, 0, 0, 2, // jitter, depth, latches, foreign, unexpected PT, invalid, rtcp
      1400, 9, 35, 0); // model frames out, talkspurts, frames dropped out, socket errors

  private static CallSummary summary(boolean answered, Optional<RtpSessionStats> rtp) {
    return new CallSummary("a84b4c76e66710@pc33.example.com", CallEnd.REMOTE_BYE, answered,
        Duration.ofMillis(30_250), 1490, 3, 2, rtp);
  }

  @Test
  void readsThePacketCountsFromTheRtpStats() {
    CallSummary summary = summary(true, Optional.of(STATS));

    assertThat(summary.packetsFromCaller()).isEqualTo(1500);
    assertThat(summary.packetsToCaller()).isEqualTo(1480);
    assertThat(summary.packetsLost()).isEqualTo(12);
  }

  @Test
  void countsNoPacketsWithoutAnRtpSession() {
    CallSummary summary = new CallSummary("call-1", CallEnd.NO_MEDIA_PORT, false, Duration.ZERO,
        0, 0, 0, Optional.empty());

    assertThat(summary.packetsFromCaller()).isZero();
    assertThat(summary.packetsToCaller()).isZero();
    assertThat(summary.packetsLost()).isZero();
  }

  @Test
  void logLineHasTheCallIdTheEndingAndTheCounts() {
    assertThat(summary(true, Optional.of(STATS))).hasToString(
        "Call a84b4c76e66710@pc33.example.com ended: REMOTE_BYE after 30250 ms, "
            + "1490 frames to model, 1500 packets from caller (12 lost), 1480 packets to caller, "
            + "3 barge-ins, 2 truncates");
  }

  @Test
  void logLineSaysWhenTheCallWasNeverAnswered() {
    assertThat(summary(false, Optional.empty()).toString())
        .startsWith("Call a84b4c76e66710@pc33.example.com ended: REMOTE_BYE (unanswered) after")
        .contains("0 packets from caller (0 lost), 0 packets to caller");
  }

  @Test
  void rejectsAMissingComponent() {
    assertThatThrownBy(() -> new CallSummary(null, CallEnd.SHUTDOWN, false, Duration.ZERO, 0, 0,
        0, Optional.empty())).isInstanceOf(NullPointerException.class).hasMessage("callId");
    assertThatThrownBy(() -> new CallSummary("c", CallEnd.SHUTDOWN, false, Duration.ZERO, 0, 0,
        0, null)).isInstanceOf(NullPointerException.class).hasMessage("rtp");
  }
}
