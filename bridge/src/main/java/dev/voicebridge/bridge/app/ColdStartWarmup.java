package dev.voicebridge.bridge.app;

import dev.voicebridge.bridge.sdp.MediaPolicy;
import dev.voicebridge.bridge.sdp.Negotiation;
import dev.voicebridge.bridge.sdp.SdpDialog;
import dev.voicebridge.bridge.sdp.SdpNegotiator;
import dev.voicebridge.bridge.sdp.SdpOffer;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import dev.voicebridge.bridge.sip.message.SipResponses;
import dev.voicebridge.codec.frame.G711ToPcm16;
import dev.voicebridge.codec.frame.Pcm16ToG711;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs, once and on the starting thread, the set-up code every call needs, before the bridge
 * listens for SIP: the Voice Live event model's JSON mapping, the SIP parser and message factories,
 * SDP offer/answer, and the G.711 conversion.
 *
 * <p>Why: left to the first call after a start, about 2,000 classes are loaded and Jackson inspects
 * some 200 event types on that call's event loop, which then stalls for up to 100 ms while other
 * calls on the loop are due their next RTP packet (measured: 35 late pacer ticks on the first call,
 * none on the second). A restarted bridge behind a trunk or dispatcher gets calls at once, so the
 * cost is paid here, where nobody is listening.
 */
final class ColdStartWarmup {
  /** Enough rounds for the JIT's first tier to compile the SIP and SDP paths, not more. */
  static final int ROUNDS = 200;

  private static final InetSocketAddress CALLER = new InetSocketAddress("127.0.0.1", 5070);
  private static final InetSocketAddress LOCAL_RTP = new InetSocketAddress("127.0.0.1", 10000);
  private static final InetSocketAddress CALLER_RTP = new InetSocketAddress("127.0.0.1", 6000);

  /**
   * What was run.
   *
   * @param eventTypes Voice Live event types whose JSON mapping was built
   * @param sipRounds INVITEs parsed and answered with SDP
   * @param took how long it all took
   */
  record Result(int eventTypes, int sipRounds, Duration took) {}

  private ColdStartWarmup() {}

  /**
   * Runs the warm-up. It touches no socket and no shared state but the libraries' caches.
   *
   * @param policy the bridge's media policy, so that its codecs are the ones negotiated
   * @return what was run
   * @throws IllegalStateException if the sample INVITE is not answered as a call would be, which
   *     means the bridge itself is broken
   */
  static Result run(MediaPolicy policy) {
    long start = System.nanoTime();
    int eventTypes = VoiceLiveJson.warmUp();
    SipMessageParser parser = new SipMessageParser();
    SdpNegotiator negotiator = new SdpNegotiator(policy);
    for (int i = 0; i < ROUNDS; i++) {
      answerSampleInvite(parser, negotiator, sampleInvite(i, policy), i);
    }
    convertAudio();
    return new Result(eventTypes, ROUNDS, Duration.ofNanos(System.nanoTime() - start));
  }

  private static void answerSampleInvite(SipMessageParser parser, SdpNegotiator negotiator,
      byte[] datagram, int round) {
    try {
      InboundSipMessage inbound = parser.parse(datagram, CALLER);
      if (inbound.defect() != null) {
        throw new IllegalStateException("sample INVITE refused: " + inbound.defect());
      }
      SIPRequest invite = (SIPRequest) inbound.message();
      Negotiation negotiation =
          new SdpDialog(negotiator, LOCAL_RTP).answer(SdpOffer.parse(invite.getRawContent()));
      SIPResponse ok = SipResponses.create(invite, 200, null, "warmup" + round);
      ok.setContent(negotiation.answer().toBytes(),
          SipFactories.headers().createContentTypeHeader("application", "sdp"));
      ok.encodeAsBytes(SipTransport.UDP.token());
    } catch (Exception e) {
      throw new IllegalStateException("sample INVITE not answered: " + e.getMessage(), e);
    }
  }

  private static void convertAudio() {
    byte[] g711 = new byte[160];
    for (G711Law law : G711Law.values()) {
      for (int rate : new int[] {16_000, 24_000}) {
        G711ToPcm16 up = new G711ToPcm16(law, rate);
        Pcm16ToG711 down = new Pcm16ToG711(rate, law);
        byte[] pcm = new byte[up.maxOutputBytes(g711.length)];
        for (int frame = 0; frame < 50; frame++) {
          int n = up.convert(g711, 0, g711.length, pcm, 0);
          down.convert(pcm, 0, n, g711, 0);
        }
      }
    }
  }

  /**
   * A caller's INVITE for one round: its offer is the one the bridge itself would make with the
   * same policy (every codec, {@code telephone-event}), from {@link SdpDialog#createOffer}.
   */
  static byte[] sampleInvite(int round, MediaPolicy policy) {
    String sdp = new String(
        new SdpDialog(new SdpNegotiator(policy), CALLER_RTP).createOffer().toBytes(),
        StandardCharsets.US_ASCII);
    String invite = "INVITE sip:warmup@127.0.0.1:5060 SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-warmup-" + round + ";rport\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:caller@127.0.0.1:5070>;tag=" + round + "\r\n"
        + "To: <sip:warmup@127.0.0.1:5060>\r\n"
        + "Call-ID: warmup-" + round + "@127.0.0.1\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Contact: <sip:caller@127.0.0.1:5070>\r\n"
        + "Content-Type: application/sdp\r\n"
        + "Content-Length: " + sdp.length() + "\r\n"
        + "\r\n"
        + sdp;
    return invite.getBytes(StandardCharsets.US_ASCII);
  }
}
