package dev.voicebridge.bridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import dev.voicebridge.bridge.call.CallEnd;
import dev.voicebridge.bridge.call.CallSummary;
import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.CallConfig;
import dev.voicebridge.bridge.config.PortRange;
import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.bridge.sip.SipLiveCounts;
import dev.voicebridge.bridge.sip.SipTimers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real SIPp against the real bridge on loopback, one call per scenario of {@code
 * deploy/sipp/scenarios/}, with the embedded Voice Live server answering. Each test checks SIPp's
 * verdict (its scenarios assert the SIP flow and SDP directions), the bridge's {@link CallSummary}
 * and that nothing is left open afterwards.
 */
class SippScenariosIT {
  /** The speech pcaps last 18.6 s; the call hangs up a little after they end. */
  private static final Duration SPEECH_CALL = Duration.ofSeconds(20);
  /** The scenario's hold lasts 2 s between the two re-INVITEs. */
  private static final Duration HOLD = Duration.ofSeconds(2);
  private static final long FRAME_MILLIS = 20;

  private final List<CallSummary> ended = new CopyOnWriteArrayList<>();
  private Bridge bridge;

  /** The G.711 laws the scenarios offer, each with its pcap. */
  enum Law {
    PCMU(0, "speech-pcmu.pcap"),
    PCMA(8, "speech-pcma.pcap");

    final int payloadType;
    final String pcap;

    Law(int payloadType, String pcap) {
      this.payloadType = payloadType;
      this.pcap = pcap;
    }

    Sipp keys(Sipp sipp) {
      return sipp.key("pt", Integer.toString(payloadType)).key("codec", name())
          .key("pcap", Sipp.SIPP_DIR.resolve("pcap").resolve(pcap).toString());
    }
  }

  @BeforeAll
  static void requireSipp() {
    if (Sipp.installed()) {
      return;
    }
    String missing = Sipp.BINARY + " not found: apt-get install -y sip-tester";
    if (System.getenv("CI") != null) {
      fail(missing);
    }
    Assumptions.abort(missing);
  }

  @AfterEach
  void stop() {
    if (bridge != null) {
      bridge.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Law.class)
  void speechCallWithBargeInEndsWithCallersBye(Law law) throws Exception {
    start(c -> c);

    Sipp.Result sipp = law.keys(Sipp.scenario("uac-speech")).pause(SPEECH_CALL)
        .call("uac-speech-" + law.name().toLowerCase(Locale.ROOT), bridge.sipUdpAddress());

    assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
    CallSummary call = awaitEndedAndReleased();
    assertThat(call.answered()).as(call.toString()).isTrue();
    assertThat(call.end()).as(call.toString()).isEqualTo(CallEnd.REMOTE_BYE);
    // 18.6 s of caller audio is 930 packets; the bridge sends a steady stream for the whole call.
    assertThat(call.packetsFromCaller()).as(call.toString()).isGreaterThan(800);
    assertThat(call.packetsToCaller()).as(call.toString()).isGreaterThan(800);
    assertThat(call.packetsLost()).as(call.toString()).isZero();
    assertThat(call.bargeIns()).as(call.toString()).isPositive();
  }

  @Test
  void cancelWhileRingingEndsTheCallUnanswered() throws Exception {
    start(c -> c.answerDelay(Duration.ofSeconds(3)));

    Sipp.Result sipp = Law.PCMU.keys(Sipp.scenario("uac-cancel"))
        .call("uac-cancel", bridge.sipUdpAddress());

    assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
    CallSummary call = awaitEndedAndReleased();
    assertThat(call.end()).as(call.toString()).isEqualTo(CallEnd.CANCELLED);
    assertThat(call.answered()).as(call.toString()).isFalse();
    assertThat(call.packetsToCaller()).as("no media before the answer").isZero();
  }

  @Test
  void holdAndResumeByReInviteThenBye() throws Exception {
    start(c -> c);

    Sipp.Result sipp = Law.PCMU.keys(Sipp.scenario("uac-hold"))
        .call("uac-hold", bridge.sipUdpAddress());

    assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
    CallSummary call = awaitEndedAndReleased();
    assertThat(call.answered()).as(call.toString()).isTrue();
    assertThat(call.end()).as(call.toString()).isEqualTo(CallEnd.REMOTE_BYE);
    // The bridge sends a packet every 20 ms while the call is not held (silence when the model is
    // quiet), and none during the hold: the count falls short of the call's length by the hold.
    long wholeCall = call.duration().toMillis() / FRAME_MILLIS;
    long heldFrames = HOLD.toMillis() / FRAME_MILLIS;
    assertThat(call.packetsToCaller()).as(call.toString())
        .isLessThan(wholeCall - heldFrames * 3 / 4)
        .isGreaterThan(wholeCall - heldFrames * 2);
  }

  private void start(UnaryOperator<CallConfig.Builder> call) throws Exception {
    BridgeConfig defaults = BridgeConfig.DEFAULTS;
    BridgeConfig config = defaults.toBuilder()
        .rtp(defaults.rtp().toBuilder().portRange(new PortRange(43000, 43100))
            .bindAddress("127.0.0.1").advertisedAddress("127.0.0.1").build())
        .call(call.apply(defaults.call().toBuilder()).build())
        .build();
    // Scaled-down timers so the completed transactions (timers H, J: 64*T1) are gone within
    // seconds of the call and the leak check need not wait the RFC's 32 s.
    SipConfig sip = Bridge.sipConfigFrom(config).toBuilder()
        .bindAddress("127.0.0.1").udpPort(0).tcpPort(SipConfig.DISABLED)
        .timers(SipTimers.scaledTo(Duration.ofMillis(50)))
        .build();
    bridge = new Bridge(config, sip).onCallEnded(ended::add).start();
  }

  private CallSummary awaitEndedAndReleased() {
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(ended).hasSize(1);
      assertThat(bridge.activeCalls()).isZero();
      assertThat(bridge.rtpSessionsOpen()).isZero();
      assertThat(bridge.sipLiveCounts()).isEqualTo(new SipLiveCounts(0, 0, 0));
    });
    return ended.get(0);
  }
}
