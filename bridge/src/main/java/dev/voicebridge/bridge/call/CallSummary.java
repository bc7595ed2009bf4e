package dev.voicebridge.bridge.call;

import dev.voicebridge.bridge.rtp.RtpSessionStats;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one ended call did, for the per-call log line, tests and load reports.
 *
 * @param callId the SIP Call-ID
 * @param end why it ended
 * @param answered whether the call was answered (200 sent)
 * @param duration from the INVITE to the end
 * @param framesToModel caller frames sent to Voice Live
 * @param bargeIns times the caller talked over the model
 * @param truncates {@code conversation.item.truncate} events sent
 * @param rtp the media counters, empty when no RTP session was opened
 */
public record CallSummary(
    String callId,
    CallEnd end,
    boolean answered,
    Duration duration,
    long framesToModel,
    int bargeIns,
    int truncates,
    Optional<RtpSessionStats> rtp) {

  /** Checks the components. */
  public CallSummary {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(rtp, "rtp");
  }

  /** RTP packets sent to the caller, or 0 without media. */
  public long packetsToCaller() {
    return rtp.map(RtpSessionStats::packetsOut).orElse(0L);
  }

  /** RTP packets accepted from the caller, or 0 without media. */
  public long packetsFromCaller() {
    return rtp.map(RtpSessionStats::packetsIn).orElse(0L);
  }

  /** Packets lost on the way from the caller, or 0 without media. */
  public long packetsLost() {
    return rtp.map(RtpSessionStats::lost).orElse(0L);
  }

  /** The one-line summary logged when the call ends. */
  @Override
  public String toString() {
    return "Call " + callId + " ended: " + end + (answered ? "" : " (unanswered)") + " after "
        + duration.toMillis() + " ms, " + framesToModel + " frames to model, "
        + packetsFromCaller() + " packets from caller (" + packetsLost() + " lost), "
        + packetsToCaller() + " packets to caller, " + bargeIns + " barge-ins, " + truncates
        + " truncates";
  }
}
