package dev.voicebridge.bridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.rtp.RtpPacer;
import dev.voicebridge.bridge.rtp.RtpPacerConfig;
import dev.voicebridge.bridge.rtp.RtpPacerStats;
import dev.voicebridge.bridge.sip.SipLiveCounts;
import io.netty.channel.DefaultEventLoop;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BridgeStatusTest {
  private static final SipLiveCounts NO_SIP = new SipLiveCounts(0, 0, 0);

  @Test
  void formatsEveryCountOnOneLine() {
    BridgeStatus status = new BridgeStatus(3, 2, 4, new SipLiveCounts(5, 6, 7),
        new BridgeStatus.Pacing(2, 110, 950, 4200, 3, 0), 8, OptionalLong.of(1), 123, 9);

    assertThat(status).hasToString("Bridge status: calls=3 rtp-sessions=2 rtp-ports-leased=4 "
        + "sip-transactions=5 sip-dialogs=6 sip-timers=7 pacer-streams=2 voicelive-sessions=8 "
        + "local-server-sessions=1 pacing-p50-us=110 pacing-p99-us=950 pacing-max-us=4200 "
        + "pacing-late-ticks=3 pacing-dropped-ticks=0 "
        + "calls-ended=123 calls-failed=9");
  }

  @Test
  void leavesOutLocalServerSessionsWithARemoteService() {
    BridgeStatus status = new BridgeStatus(0, 0, 0, NO_SIP, BridgeStatus.Pacing.NONE,
        0, OptionalLong.empty(), 0, 0);

    assertThat(status).hasToString("Bridge status: calls=0 rtp-sessions=0 rtp-ports-leased=0 "
        + "sip-transactions=0 sip-dialogs=0 sip-timers=0 pacer-streams=0 voicelive-sessions=0 "
        + "pacing-p50-us=0 "
        + "pacing-p99-us=0 pacing-max-us=0 pacing-late-ticks=0 pacing-dropped-ticks=0 calls-ended=0 "
        + "calls-failed=0");
  }

  @Test
  void isIdleWithHistoryButNothingHeld() {
    BridgeStatus idle = new BridgeStatus(0, 0, 0, NO_SIP,
        new BridgeStatus.Pacing(0, 80, 900, 5000, 7, 50), 0, OptionalLong.of(0), 500, 2);

    assertThat(idle.isIdle()).isTrue();
    assertThat(new BridgeStatus(0, 0, 1, NO_SIP, BridgeStatus.Pacing.NONE,
        0, OptionalLong.empty(), 0, 0).isIdle()).as("a leased port").isFalse();
    assertThat(new BridgeStatus(0, 0, 0, new SipLiveCounts(0, 0, 1), BridgeStatus.Pacing.NONE,
        0, OptionalLong.empty(), 0, 0).isIdle()).as("a SIP timer").isFalse();
    assertThat(new BridgeStatus(0, 0, 0, NO_SIP, new BridgeStatus.Pacing(1, 0, 0, 0, 0, 0),
        0, OptionalLong.empty(), 0, 0).isIdle()).as("a paced stream").isFalse();
    assertThat(new BridgeStatus(0, 0, 0, NO_SIP, BridgeStatus.Pacing.NONE,
        0, OptionalLong.of(1), 0, 0).isIdle()).as("a local server session").isFalse();
    assertThat(new BridgeStatus(0, 0, 0, NO_SIP, BridgeStatus.Pacing.NONE,
        1, OptionalLong.empty(), 0, 0).isIdle()).as("a Voice Live session").isFalse();
  }

  @Test
  void pacingTakesTheWorstPacerForEachPercentileAndSumsStreamsAndTicks() {
    BridgeStatus.Pacing pacing = BridgeStatus.Pacing.of(List.of(
        new RtpPacerStats(3, 100, 4, 0, 40, 900, 1500),
        new RtpPacerStats(1, 100, 2, 49, 60, 700, 2500)));

    assertThat(pacing).isEqualTo(new BridgeStatus.Pacing(4, 60, 900, 2500, 6, 49));
    assertThat(BridgeStatus.Pacing.of(List.of())).isEqualTo(BridgeStatus.Pacing.NONE);
  }

  @Test
  void collectsPacerStatsOnTheirLoopsAndSkipsStoppedOnes() throws Exception {
    DefaultEventLoop running = new DefaultEventLoop();
    DefaultEventLoop stopped = new DefaultEventLoop();
    try {
      stopped.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
      List<RtpPacer> pacers = List.of(new RtpPacer(running, RtpPacerConfig.DEFAULT),
          new RtpPacer(stopped, RtpPacerConfig.DEFAULT));

      BridgeStatus.Pacing pacing =
          BridgeStatus.Pacing.collect(pacers).get(5, TimeUnit.SECONDS);

      assertThat(pacing).isEqualTo(BridgeStatus.Pacing.NONE);
    } finally {
      running.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
    }
  }
}
