package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.voicebridge.bridge.app.Bridge;
import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.CallConfig;
import dev.voicebridge.bridge.config.GreetingConfig;
import dev.voicebridge.bridge.config.PortRange;
import dev.voicebridge.bridge.sip.RawSipClient;
import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.protocol.server.LocalServerConfig;
import dev.voicebridge.protocol.server.LocalVoiceLiveServer;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls through the whole bridge on loopback (SIP, RTP, the embedded Voice Live server), driving
 * the call layer's features: ringing time, CANCEL, hold and resume, a new media address, an
 * offerless INVITE, greetings and the idle timeout.
 */
class InboundCallIT {
  private static final AtomicInteger SDP_VERSION = new AtomicInteger();

  private final List<CallSummary> ended = new CopyOnWriteArrayList<>();
  private Bridge bridge;
  private RawSipClient sip;
  private int nextBranch;

  @AfterEach
  void stop() throws Exception {
    if (sip != null) {
      sip.close();
    }
    if (bridge != null) {
      bridge.close();
    }
  }

  private void start(UnaryOperator<CallConfig.Builder> call) throws Exception {
    start(call, "");
  }

  private void start(UnaryOperator<CallConfig.Builder> call, String endpoint) throws Exception {
    BridgeConfig defaults = BridgeConfig.DEFAULTS;
    BridgeConfig config = defaults.toBuilder()
        .voiceLive(defaults.voiceLive().toBuilder().endpoint(endpoint).build())
        .rtp(defaults.rtp().toBuilder().portRange(new PortRange(42000, 42100))
            .bindAddress("127.0.0.1").advertisedAddress("127.0.0.1").build())
        .call(call.apply(defaults.call().toBuilder()).build())
        .build();
    SipConfig sipConfig = Bridge.sipConfigFrom(config).toBuilder()
        .bindAddress("127.0.0.1").udpPort(0).tcpPort(SipConfig.DISABLED).build();
    bridge = new Bridge(config, sipConfig).onCallEnded(ended::add).start();
    sip = RawSipClient.udp(bridge.sipUdpAddress());
  }

  @Test
  void ringsForTheAnswerDelayAndAnswersCancelWith487() throws Exception {
    start(c -> c.answerDelay(Duration.ofSeconds(3)));

    send("INVITE", "ring-1", 1, null, sdp(40100, "sendrecv"));
    sip.receiveResponse(180);
    Thread.sleep(1000);
    send("CANCEL", "ring-1", 1, null, null, "z9hG4bK-ring-1-0");
    SIPResponse ok = sip.receiveResponse(200);
    SIPResponse terminated = sip.receiveResponse(487);

    assertThat(ok.getCSeq().getMethod()).isEqualTo("CANCEL");
    assertThat(terminated.getCSeq().getMethod()).isEqualTo("INVITE");
    awaitEndedAndReleased();
    assertThat(ended.get(0).end()).isEqualTo(CallEnd.CANCELLED);
    assertThat(ended.get(0).answered()).isFalse();
    assertThat(ended.get(0).packetsToCaller()).as("no media before the answer").isZero();
  }

  @Test
  void answersOnlyAfterTheAnswerDelay() throws Exception {
    start(c -> c.answerDelay(Duration.ofMillis(1500)));
    long start = System.nanoTime();

    send("INVITE", "ring-2", 1, null, sdp(40102, "sendrecv"));
    sip.receiveResponse(200);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1400));
  }

  @Test
  void holdStopsAudioToTheCallerAndResumeRestartsIt() throws Exception {
    start(c -> c.greeting(tone()));
    try (CallerMedia media = new CallerMedia()) {
      String toTag = establish("hold-1", media.port());
      await().atMost(Duration.ofSeconds(3)).until(() -> media.packets() > 20);

      SIPResponse held = reInvite("hold-1", 2, toTag, sdp(media.port(), "sendonly"));
      assertThat(body(held)).contains("a=recvonly");
      Thread.sleep(200);
      int atHold = media.packets();
      Thread.sleep(1000);
      assertThat(media.packets() - atHold).as("packets while on hold").isZero();

      SIPResponse resumed = reInvite("hold-1", 3, toTag, sdp(media.port(), "sendrecv"));
      assertThat(body(resumed)).contains("a=sendrecv");
      await().atMost(Duration.ofSeconds(2)).until(() -> media.packets() > atHold + 20);

      bye("hold-1", 4, toTag);
    }
    awaitEndedAndReleased();
    assertThat(ended.get(0).end()).isEqualTo(CallEnd.REMOTE_BYE);
  }

  @Test
  void reInviteWithANewPortMovesTheMediaThere() throws Exception {
    start(c -> c);
    try (CallerMedia first = new CallerMedia(); CallerMedia second = new CallerMedia()) {
      String toTag = establish("move-1", first.port());
      await().atMost(Duration.ofSeconds(3)).until(() -> first.packets() > 10);

      reInvite("move-1", 2, toTag, sdp(second.port(), "sendrecv"));

      await().atMost(Duration.ofSeconds(2)).until(() -> second.packets() > 10);
      int onFirst = first.packets();
      Thread.sleep(300);
      assertThat(first.packets()).isLessThanOrEqualTo(onFirst + 1);
      bye("move-1", 3, toTag);
    }
    awaitEndedAndReleased();
  }

  @Test
  void refusesAReInviteThatDropsTheCallsCodecAndKeepsTheCall() throws Exception {
    start(c -> c);
    try (CallerMedia media = new CallerMedia()) {
      String toTag = establish("codec-1", media.port());

      String branch = send("INVITE", "codec-1", 2, toTag, sdp(media.port(), "sendrecv", "8"));
      SIPResponse refused = sip.receiveResponse(488);
      // The ACK of a non-2xx belongs to the INVITE's transaction: same branch.
      send("ACK", "codec-1", 2, refused.getToTag(), null, branch);

      assertThat(refused.getCSeq().getMethod()).isEqualTo("INVITE");
      int before = media.packets();
      await().atMost(Duration.ofSeconds(2)).until(() -> media.packets() > before + 10);
      assertThat(media.lastPayloadType()).isZero();
      bye("codec-1", 3, toTag);
    }
    awaitEndedAndReleased();
  }

  @Test
  void offerlessInviteGetsAnOfferAndMediaFlowsAfterTheAnswerInTheAck() throws Exception {
    start(c -> c);
    try (CallerMedia media = new CallerMedia()) {
      send("INVITE", "late-1", 1, null, null);
      SIPResponse ok = sip.receiveResponse(200);
      String offer = body(ok);
      assertThat(offer).contains("m=audio ").contains("a=rtpmap:0 PCMU/8000")
          .doesNotContain("PCMA");
      Thread.sleep(300);
      assertThat(media.packets()).as("nothing sent before the answer").isZero();

      ack("late-1", 1, ok.getToTag(), sdp(media.port(), "sendrecv", "0"));

      await().atMost(Duration.ofSeconds(2)).until(() -> media.packets() > 10);
      bye("late-1", 2, ok.getToTag());
    }
    awaitEndedAndReleased();
    assertThat(ended.get(0).end()).isEqualTo(CallEnd.REMOTE_BYE);
  }

  @Test
  void offerlessInviteWhoseAckHasNoAnswerIsHungUp() throws Exception {
    start(c -> c);
    send("INVITE", "late-2", 1, null, null);
    SIPResponse ok = sip.receiveResponse(200);

    ack("late-2", 1, ok.getToTag(), null);

    SIPRequest bye = sip.receiveRequest("BYE");
    respond(bye, 200);
    awaitEndedAndReleased();
    assertThat(ended.get(0).end()).isEqualTo(CallEnd.MEDIA_FAILED);
  }

  @Test
  void toneGreetingPlaysAsSoonAsTheCallIsAnswered() throws Exception {
    start(c -> c.greeting(tone()));
    try (CallerMedia media = new CallerMedia()) {
      String toTag = establish("greet-1", media.port());

      // 500 ms of tone: about 25 loud packets, with nothing said by the caller.
      await().atMost(Duration.ofSeconds(2)).until(() -> media.loudPackets() >= 20);
      bye("greet-1", 2, toTag);
    }
    awaitEndedAndReleased();
  }

  @Test
  void instructionsGreetingMakesTheModelSpeakFirst() throws Exception {
    start(c -> c.greeting(new GreetingConfig(GreetingConfig.Type.INSTRUCTIONS,
        "Greet the caller.", 440, Duration.ofMillis(500))));
    try (CallerMedia media = new CallerMedia()) {
      String toTag = establish("greet-2", media.port());

      // The local server's agent answers response.create with its greeting chime.
      await().atMost(Duration.ofSeconds(3)).until(() -> media.loudPackets() >= 20);
      bye("greet-2", 2, toTag);
    }
    awaitEndedAndReleased();
  }

  @Test
  void silentCallIsHungUpAfterTheIdleTimeout() throws Exception {
    start(c -> c.idleTimeout(Duration.ofSeconds(5)));
    try (CallerMedia media = new CallerMedia()) {
      establish("idle-1", media.port());

      SIPRequest bye = sip.receiveRequest("BYE", Duration.ofSeconds(8));
      respond(bye, 200);
    }
    awaitEndedAndReleased();
    assertThat(ended.get(0).end()).isEqualTo(CallEnd.IDLE);
    assertThat(ended.get(0).duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void unreachableVoiceLiveGetsTheCaller503NotASilentAnswer() throws Exception {
    int closedPort;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    start(c -> c, "ws://127.0.0.1:" + closedPort);

    send("INVITE", "down-1", 1, null, sdp(40104, "sendrecv"));

    sip.receiveResponse(503);
    awaitEndedAndReleased();
    assertThat(ended.get(0).end()).isEqualTo(CallEnd.VOICE_LIVE_FAILED);
    assertThat(ended.get(0).answered()).isFalse();
  }

  @Test
  void voiceLiveGoingAwayMidCallEndsTheCallWithBye() throws Exception {
    LocalVoiceLiveServer service = LocalVoiceLiveServer.start(LocalServerConfig.newBuilder()
        .build());
    try (CallerMedia media = new CallerMedia()) {
      start(c -> c, service.endpoint().toString());
      establish("down-2", media.port());

      service.close();

      SIPRequest bye = sip.receiveRequest("BYE");
      respond(bye, 200);
    } finally {
      service.close();
    }
    awaitEndedAndReleased();
    assertThat(ended.get(0).end()).isEqualTo(CallEnd.VOICE_LIVE_FAILED);
    assertThat(ended.get(0).answered()).isTrue();
  }

  // ---- helpers

  private static GreetingConfig tone() {
    return new GreetingConfig(GreetingConfig.Type.TONE, "", 440, Duration.ofMillis(500));
  }

  private String establish(String callId, int mediaPort) {
    send("INVITE", callId, 1, null, sdp(mediaPort, "sendrecv"));
    SIPResponse ok = sip.receiveResponse(200);
    ack(callId, 1, ok.getToTag(), null);
    return ok.getToTag();
  }

  private SIPResponse reInvite(String callId, int cseq, String toTag, String sdp) {
    send("INVITE", callId, cseq, toTag, sdp);
    SIPResponse ok = sip.receiveResponse(200);
    ack(callId, cseq, toTag, null);
    return ok;
  }

  private void ack(String callId, int cseq, String toTag, String sdp) {
    send("ACK", callId, cseq, toTag, sdp);
  }

  private void bye(String callId, int cseq, String toTag) {
    send("BYE", callId, cseq, toTag, null);
    sip.receiveResponse(200);
  }

  private void awaitEndedAndReleased() {
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      assertThat(ended).hasSize(1);
      assertThat(bridge.activeCalls()).isZero();
      assertThat(bridge.rtpSessionsOpen()).isZero();
    });
  }

  private String send(String method, String callId, int cseq, String toTag, String sdp) {
    return send(method, callId, cseq, toTag, sdp, "z9hG4bK-" + callId + "-" + nextBranch++);
  }

  private String send(String method, String callId, int cseq, String toTag, String sdp,
      String branch) {
    String bridgeAddress = "127.0.0.1:" + bridge.sipUdpAddress().getPort();
    String body = sdp == null ? "" : sdp;
    String text = method + " sip:4930123@" + bridgeAddress + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:" + sip.port() + ";branch=" + branch + ";rport\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:alice@127.0.0.1:" + sip.port() + ">;tag=alice-" + callId + "\r\n"
        + "To: <sip:4930123@" + bridgeAddress + ">" + (toTag == null ? "" : ";tag=" + toTag)
        + "\r\n"
        + "Call-ID: " + callId + "\r\n"
        + "CSeq: " + cseq + " " + method + "\r\n"
        + "Contact: <sip:alice@127.0.0.1:" + sip.port() + ">\r\n"
        + (sdp == null ? "" : "Content-Type: application/sdp\r\n")
        + "Content-Length: " + body.getBytes(StandardCharsets.US_ASCII).length + "\r\n\r\n"
        + body;
    sip.sendBytes(text.getBytes(StandardCharsets.US_ASCII));
    return branch;
  }

  private void respond(SIPRequest request, int status) {
    sip.sendBytes(request.createResponse(status).encode().getBytes(StandardCharsets.US_ASCII));
  }

  private static String sdp(int port, String direction) {
    return sdp(port, direction, "0 8");
  }

  private static String sdp(int port, String direction, String payloadTypes) {
    StringBuilder s = new StringBuilder("v=0\r\no=alice 1 " + SDP_VERSION.incrementAndGet()
        + " IN IP4 127.0.0.1\r\ns=-\r\n"
        + "c=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio " + port + " RTP/AVP " + payloadTypes
        + " 101\r\n");
    for (String pt : payloadTypes.split(" ")) {
      s.append("a=rtpmap:").append(pt).append(pt.equals("0") ? " PCMU/8000" : " PCMA/8000")
          .append("\r\n");
    }
    return s.append("a=rtpmap:101 telephone-event/8000\r\na=ptime:20\r\na=").append(direction)
        .append("\r\n").toString();
  }

  private static String body(SIPResponse response) {
    return new String(response.getRawContent(), StandardCharsets.US_ASCII);
  }

}
