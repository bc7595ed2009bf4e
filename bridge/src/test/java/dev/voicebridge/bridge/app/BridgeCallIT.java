package dev.voicebridge.bridge.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.voicebridge.bridge.call.CallerMedia;
import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.PortRange;
import dev.voicebridge.bridge.sip.RawSipClient;
import dev.voicebridge.bridge.sip.SipConfig;
import gov.nist.javax.sip.message.SIPResponse;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A whole call on loopback: INVITE, tone in, echo back from the local agent, BYE, no leaks. */
class BridgeCallIT {
  // The fixture's SDP offers 127.0.0.1:40000; the bridge takes its ports elsewhere.
  private static final int CALLER_RTP_PORT = 40000;

  @Test
  void echoesCallerToneAndReleasesEverythingAfterBye() throws Exception {
    BridgeConfig config = BridgeConfig.DEFAULTS.toBuilder()
        .rtp(BridgeConfig.DEFAULTS.rtp().toBuilder()
            .portRange(new PortRange(41000, 41100))
            .bindAddress("127.0.0.1")
            .advertisedAddress("127.0.0.1")
            .build())
        .build();
    SipConfig sip = Bridge.sipConfigFrom(config).toBuilder()
        .bindAddress("127.0.0.1").udpPort(0).tcpPort(SipConfig.DISABLED).build();
    try (Bridge bridge = new Bridge(config, sip).start();
        RawSipClient client = RawSipClient.udp(bridge.sipUdpAddress());
        CallerMedia media = new CallerMedia(CALLER_RTP_PORT)) {
      client.send(client.fixture("invite-basic.sip").with("call_id", "it-call-1"));
      client.receiveResponse(180);
      SIPResponse ok = client.receiveResponse(200);
      String toTag = ok.getToTag();
      client.send(client.fixture("ack.sip").with("call_id", "it-call-1")
          .with("to_tag", toTag).with("cseq", 1).with("branch", "z9hG4bK-ack-1"));
      assertEquals(1, bridge.activeCalls());

      InetSocketAddress bridgeRtp = new InetSocketAddress("127.0.0.1",
          rtpPort(new String(ok.getRawContent(), java.nio.charset.StandardCharsets.US_ASCII)));
      // 1 s of a loud 440 Hz tone, then 3 s of silence that ends the turn and lets the echo play.
      media.send(bridgeRtp, 50, true);
      media.send(bridgeRtp, 150, false);

      assertTrue(media.packets() > 100, "RTP from the bridge: " + media.packets());
      assertTrue(media.loudPackets() > 5, "non-silent packets echoed back: "
          + media.loudPackets());

      assertEquals(1, bridge.status().get(5, TimeUnit.SECONDS).voiceLiveSessions(),
          "the call's Voice Live session");

      client.send(client.fixture("bye.sip").with("call_id", "it-call-1")
          .with("to_tag", toTag).with("cseq", 3).with("branch", "z9hG4bK-bye-1"));
      client.receiveResponse(200);
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
        assertEquals(0, bridge.activeCalls());
        assertEquals(0, bridge.rtpSessionsOpen());
      });
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertEquals(0,
          bridge.status().get(5, TimeUnit.SECONDS).voiceLiveSessions(), "WebSocket closed"));
      BridgeStatus status = bridge.status().get(5, TimeUnit.SECONDS);
      assertEquals(1, status.callsEnded());
      assertEquals(0, status.callsFailed());
      assertEquals(0, status.rtpPortsLeased());
      assertEquals(0, status.pacing().streams(), "the pacer's tick timer is cancelled");
      assertTrue(status.pacing().maxMicros() > 0, "pacing was measured: " + status);
    }
  }

  private static int rtpPort(String sdp) {
    for (String line : sdp.split("\r?\n")) {
      if (line.startsWith("m=audio ")) {
        return Integer.parseInt(line.split(" ")[1]);
      }
    }
    throw new AssertionError("no m=audio in answer: " + sdp);
  }
}
