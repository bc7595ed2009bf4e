package dev.voicebridge.bridge.app;

import dev.voicebridge.bridge.rtp.RtpPacer;
import dev.voicebridge.bridge.rtp.RtpPacerStats;
import dev.voicebridge.bridge.sip.SipLiveCounts;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * What the bridge holds at one moment, and how its calls went so far: the line a user or the load
 * script reads after a run to see that nothing leaked. With no call in progress every count but
 * the pacing percentiles and the call totals is zero ({@link #isIdle()}).
 *
 * @param calls calls not yet closed
 * @param rtpSessions RTP sessions open
 * @param rtpPortsLeased ports taken from the RTP port pool
 * @param sip SIP transactions, dialogs and timers alive
 * @param pacing the RTP pacers' streams and send-interval deviation
 * @param voiceLiveSessions the Voice Live client's sessions not yet ended (connecting, open or
 *     closing), whatever the service: each holds a WebSocket
 * @param localServerSessions WebSocket sessions the embedded local Voice Live server holds open,
 *     empty when the bridge talks to a remote service
 * @param callsEnded calls ended since start, whatever the reason
 * @param callsFailed ended calls whose end is a failure ({@link CallEndCounts#isFailure})
 */
public record BridgeStatus(
    int calls,
    int rtpSessions,
    int rtpPortsLeased,
    SipLiveCounts sip,
    Pacing pacing,
    long voiceLiveSessions,
    OptionalLong localServerSessions,
    long callsEnded,
    long callsFailed) {

  /** Checks the components. */
  public BridgeStatus {
    Objects.requireNonNull(sip, "sip");
    Objects.requireNonNull(pacing, "pacing");
    Objects.requireNonNull(localServerSessions, "localServerSessions");
  }

  /** Whether nothing is held: no call, port, session, SIP state or paced stream. */
  public boolean isIdle() {
    return calls == 0
        && rtpSessions == 0
        && rtpPortsLeased == 0
        && sip.isIdle()
        && pacing.streams() == 0
        && voiceLiveSessions == 0
        && localServerSessions.orElse(0) == 0;
  }

  /** The one-line report, {@code Bridge status: calls=0 rtp-sessions=0 ...}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(256)
        .append("Bridge status: calls=").append(calls)
        .append(" rtp-sessions=").append(rtpSessions)
        .append(" rtp-ports-leased=").append(rtpPortsLeased)
        .append(" sip-transactions=").append(sip.transactions())
        .append(" sip-dialogs=").append(sip.dialogs())
        .append(" sip-timers=").append(sip.timers())
        .append(" pacer-streams=").append(pacing.streams())
        .append(" voicelive-sessions=").append(voiceLiveSessions);
    localServerSessions.ifPresent(n -> b.append(" local-server-sessions=").append(n));
    return b.append(" pacing-p50-us=").append(pacing.p50Micros())
        .append(" pacing-p99-us=").append(pacing.p99Micros())
        .append(" pacing-max-us=").append(pacing.maxMicros())
        .append(" pacing-late-ticks=").append(pacing.lateTicks())
        .append(" pacing-dropped-ticks=").append(pacing.droppedTicks())
        .append(" calls-ended=").append(callsEnded)
        .append(" calls-failed=").append(callsFailed)
        .toString();
  }

  /**
   * The RTP pacers taken together. Each pacer (one per event loop) keeps its own histogram of
   * send-interval deviation, and percentiles cannot be merged, so each percentile here is the
   * <em>largest</em> of the pacers' values: {@code p50Micros} is the worst loop's median, {@code
   * p99Micros} the worst loop's 99th percentile. The histograms cover the bridge's whole life.
   *
   * @param streams streams registered on all pacers; a pacer keeps its tick timer only while it
   *     has streams, so 0 means no pacing timer is left
   * @param p50Micros largest per-pacer median deviation, microseconds
   * @param p99Micros largest per-pacer 99th percentile, microseconds
   * @param maxMicros largest deviation seen by any pacer, microseconds
   * @param lateTicks ticks, summed over the pacers, that ran a full period or more after their
   *     deadline: a loop that had fallen behind
   * @param droppedTicks ticks, summed over the pacers, that were never run because their loop had
   *     fallen more than the lag limit behind: a frame missing from every stream of that loop, the
   *     sign of an overloaded machine
   */
  public record Pacing(
      int streams,
      long p50Micros,
      long p99Micros,
      long maxMicros,
      long lateTicks,
      long droppedTicks) {
    /** No pacer yet. */
    public static final Pacing NONE = new Pacing(0, 0, 0, 0, 0, 0);

    /** Combines the pacers' snapshots as described on the type. */
    public static Pacing of(Collection<RtpPacerStats> stats) {
      int streams = 0;
      long p50 = 0;
      long p99 = 0;
      long max = 0;
      long late = 0;
      long dropped = 0;
      for (RtpPacerStats s : stats) {
        late += s.catchUpTicks();
        dropped += s.skippedTicks();
        streams += s.streams();
        p50 = Math.max(p50, s.deviationP50Micros());
        p99 = Math.max(p99, s.deviationP99Micros());
        max = Math.max(max, s.deviationMaxMicros());
      }
      return new Pacing(streams, p50, p99, max, late, dropped);
    }

    /**
     * Reads every pacer's stats on its own loop ({@link RtpPacer#stats()} is loop-confined) and
     * combines them. Never blocks; a pacer whose loop no longer runs tasks is left out.
     */
    public static CompletableFuture<Pacing> collect(List<RtpPacer> pacers) {
      List<CompletableFuture<RtpPacerStats>> parts = new ArrayList<>(pacers.size());
      for (RtpPacer pacer : pacers) {
        CompletableFuture<RtpPacerStats> part = new CompletableFuture<>();
        try {
          pacer.statsAsync().addListener((Future<RtpPacerStats> f) ->
              part.complete(f.isSuccess() ? f.getNow() : null));
        } catch (RejectedExecutionException e) {
          part.complete(null); // the loop is shutting down
        }
        parts.add(part);
      }
      return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
        List<RtpPacerStats> stats = new ArrayList<>(parts.size());
        for (CompletableFuture<RtpPacerStats> part : parts) {
          RtpPacerStats s = part.join();
          if (s != null) {
            stats.add(s);
          }
        }
        return of(stats);
      });
    }
  }
}
