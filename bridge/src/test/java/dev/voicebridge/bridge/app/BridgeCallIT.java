package dev.voicebridge.bridge.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.PortRange;
import dev.voicebridge.bridge.sip.RawSipClient;
import dev.voicebridge.bridge.sip.SipConfig;
import gov.nist.javax.sip.message.SIPResponse;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
        DatagramSocket media = new DatagramSocket(
            new InetSocketAddress("127.0.0.1", CALLER_RTP_PORT))) {
      client.send(client.fixture("invite-basic.sip").with("call_id", "it-call-1"));
      client.receiveResponse(180);
      SIPResponse ok = client.receiveResponse(200);
      String toTag = ok.getToTag();
      client.send(client.fixture("ack.sip").with("call_id", "it-call-1")
          .with("to_tag", toTag).with("cseq", 1).with("branch", "z9hG4bK-ack-1"));
      assertEquals(1, bridge.activeCalls());

      InetSocketAddress bridgeRtp = new InetSocketAddress("127.0.0.1",
          rtpPort(new String(ok.getRawContent(), java.nio.charset.StandardCharsets.US_ASCII)));
      AtomicInteger received = new AtomicInteger();
      AtomicInteger loud = new AtomicInteger();
      Thread receiver = new Thread(() -> receive(media, received, loud));
      receiver.start();
      sendTone(media, bridgeRtp);
      receiver.join();

      assertTrue(received.get() > 100, "RTP from the bridge: " + received.get());
      assertTrue(loud.get() > 5, "non-silent packets echoed back: " + loud.get());

      client.send(client.fixture("bye.sip").with("call_id", "it-call-1")
          .with("to_tag", toTag).with("cseq", 3).with("branch", "z9hG4bK-bye-1"));
      client.receiveResponse(200);
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
        assertEquals(0, bridge.activeCalls());
        assertEquals(0, bridge.rtpSessionsOpen());
      });
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

  /** 1 s of a loud 440 Hz tone then 3 s of silence, PCMU, 20 ms pacing. */
  private static void sendTone(DatagramSocket socket, InetSocketAddress to) throws Exception {
    byte[] packet = new byte[12 + 160];
    long start = System.nanoTime();
    for (int n = 0; n < 200; n++) {
      packet[0] = (byte) 0x80;
      packet[1] = 0;
      packet[2] = (byte) (n >> 8);
      packet[3] = (byte) n;
      int ts = n * 160;
      packet[4] = (byte) (ts >>> 24);
      packet[5] = (byte) (ts >>> 16);
      packet[6] = (byte) (ts >>> 8);
      packet[7] = (byte) ts;
      packet[8] = 0x12;
      packet[11] = 0x34;
      for (int i = 0; i < 160; i++) {
        int sample = n < 50
            ? (int) (16000 * Math.sin(2 * Math.PI * 440 * (ts + i) / 8000.0)) : 0;
        packet[12 + i] = ulaw(sample);
      }
      socket.send(new DatagramPacket(packet, packet.length, to));
      long next = start + (n + 1) * 20_000_000L;
      long sleep = next - System.nanoTime();
      if (sleep > 0) {
        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
      }
    }
  }

  private static void receive(DatagramSocket socket, AtomicInteger received, AtomicInteger loud) {
    byte[] buf = new byte[2048];
    long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
    try {
      socket.setSoTimeout(200);
      while (System.nanoTime() < end) {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
          socket.receive(p);
        } catch (SocketTimeoutException e) {
          continue;
        }
        received.incrementAndGet();
        for (int i = 12; i < p.getLength(); i++) {
          // μ-law stores the complement: small (b & 0x7f) means a large magnitude.
          if ((buf[i] & 0x7f) < 0x50) {
            loud.incrementAndGet();
            break;
          }
        }
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** G.711 μ-law encoding of one sample (ITU-T G.711, bias 132). */
  private static byte ulaw(int sample) {
    int sign = sample < 0 ? 0x80 : 0;
    int magnitude = Math.min(Math.abs(sample), 32635) + 132;
    int exponent = 7;
    for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (magnitude >> (exponent + 3)) & 0x0f;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }
}
