package dev.voicebridge.bridge.sdp;

import static dev.voicebridge.bridge.sdp.SdpFixtures.crlf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SdpNegotiatorTest {
  private static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.50", 20000);
  private static final SdpOrigin ORIGIN =
      new SdpOrigin("-", "42", "1", new ConnectionAddress(AddressType.IP4, "192.0.2.50"));
  private static final SdpNegotiator PCMU_FIRST = new SdpNegotiator(MediaPolicy.defaults());
  private static final SdpNegotiator PCMA_FIRST = new SdpNegotiator(MediaPolicy.newBuilder()
      .codecPreference(List.of(G711Codec.PCMA, G711Codec.PCMU)).build());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # name                  | offer fixture        | codecs    | codec | pt | address      | port
      SIPp uac_pcap           | sipp-uac-pcap        | PCMU,PCMA | PCMA  | 8  | 127.0.0.1    | 6000
      SIPp uac, missing ptime | sipp-uac             | PCMU,PCMA | PCMU  | 0  | 127.0.0.1    | 6002
      Asterisk many codecs    | asterisk-many-codecs | PCMU,PCMA | PCMU  | 0  | 192.0.2.11   | 17002
      preference PCMA first   | asterisk-many-codecs | PCMA,PCMU | PCMA  | 8  | 192.0.2.11   | 17002
      PCMU only, PCMA first   | pcmu-only            | PCMA,PCMU | PCMU  | 0  | 198.51.100.7 | 40000
      PCMU only policy        | asterisk-many-codecs | PCMU      | PCMU  | 0  | 192.0.2.11   | 17002
      legacy hold c=0.0.0.0   | legacy-hold          | PCMU,PCMA | PCMU  | 0  | 0.0.0.0      | 40000
      IPv6                    | ipv6                 | PCMA,PCMU | PCMA  | 8  | 2001:db8::7  | 49170
      dynamic PT for PCMU     | dynamic-pcmu         | PCMU,PCMA | PCMU  | 96 | 203.0.113.5  | 30000
      ptime 30                | ptime-30             | PCMU,PCMA | PCMA  | 8  | 203.0.113.5  | 30002
      audio and video         | audio-video          | PCMU,PCMA | PCMU  | 0  | 203.0.113.5  | 30004
      """)
  void choosesTheCodecAndTheRemoteAddress(String name, String fixture, String preference,
      G711Codec codec, int payloadType, String address, int port) throws Exception {
    List<G711Codec> order =
        Stream.of(preference.split(",")).map(G711Codec::valueOf).toList();
    SdpNegotiator negotiator =
        new SdpNegotiator(MediaPolicy.newBuilder().codecPreference(order).build());

    NegotiatedMedia media = negotiator.negotiate(offer(fixture), Optional.empty());

    assertThat(media.codec()).isEqualTo(codec);
    assertThat(media.payloadType()).isEqualTo(payloadType);
    assertThat(media.remoteRtpAddress()).isEqualTo(new InetSocketAddress(address, port));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # name                 | offer fixture        | direction | on hold | sends | dtmf | events
      SIPp uac_pcap          | sipp-uac-pcap        | SENDRECV  | false   | true  | 101  | 0-11,16
      SIPp uac, no DTMF      | sipp-uac             | SENDRECV  | false   | true  | -    | -
      Asterisk many codecs   | asterisk-many-codecs | SENDRECV  | false   | true  | 101  | 0-16
      hold sendonly          | hold-sendonly        | RECVONLY  | true    | false | 101  | 0-16
      inactive               | inactive             | INACTIVE  | true    | false | -    | -
      legacy hold c=0.0.0.0  | legacy-hold          | RECVONLY  | true    | false | -    | -
      session-level sendonly | session-sendonly     | RECVONLY  | true    | false | -    | -
      dynamic PT for PCMU    | dynamic-pcmu         | SENDRECV  | false   | true  | 97   | 0-15
      """)
  void derivesDirectionHoldAndDtmf(String name, String fixture, MediaDirection direction,
      boolean onHold, boolean sends, Integer dtmfPayloadType, String dtmfEvents)
      throws Exception {
    NegotiatedMedia media = PCMU_FIRST.negotiate(offer(fixture), Optional.empty());

    assertThat(media.direction()).isEqualTo(direction);
    assertThat(media.onHold()).isEqualTo(onHold);
    assertThat(media.sendsMedia()).isEqualTo(sends);
    assertThat(media.telephoneEvent()).isEqualTo(dtmfPayloadType == null
        ? Optional.empty()
        : Optional.of(new TelephoneEvent(dtmfPayloadType, dtmfEvents)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      offered ptime 20 | pcmu-only | 20
      offered ptime 30 | ptime-30  | 30
      no ptime offered | sipp-uac  | -
      """)
  void sendsTwentyMillisecondPacketsWhateverTheOfferedPtime(String name, String fixture,
      Integer remotePtime) throws Exception {
    NegotiatedMedia media = PCMU_FIRST.negotiate(offer(fixture), Optional.empty());

    assertThat(media.ptimeMs()).isEqualTo(20);
    assertThat(media.remotePtimeMs())
        .isEqualTo(remotePtime == null ? OptionalInt.empty() : OptionalInt.of(remotePtime));
  }

  static Stream<Arguments> unacceptableOffers() {
    String head = "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\n";
    return Stream.of(
        arguments("G.729 only", SdpFixtures.bytes("offer-g729-only.sdp"), 488, 305,
            "no common codec: offered G729/8000 (18), telephone-event/8000 (101);"
                + " the bridge accepts PCMU/8000, PCMA/8000"),
        arguments("SDES SRTP", SdpFixtures.bytes("offer-savp.sdp"), 488, 302,
            "transport RTP/SAVP is not supported, only RTP/AVP (m=audio RTP/SAVP 0 8)"),
        arguments("WebRTC", SdpFixtures.bytes("offer-webrtc-savpf.sdp"), 488, 302,
            "transport UDP/TLS/RTP/SAVPF is not supported, only RTP/AVP"
                + " (m=audio UDP/TLS/RTP/SAVPF 111 0 8)"),
        arguments("malformed SDP", SdpFixtures.bytes("offer-malformed.sdp"), 400, 399,
            "malformed SDP, line 6: m= port 'sixthousand' is not a number 0-65535"),
        arguments("video only", crlf(head + "m=video 30006 RTP/AVP 96\n"), 488, 304,
            "no active audio stream in the offer (m=video RTP/AVP 96)"),
        arguments("audio rejected", crlf(head + "m=audio 0 RTP/AVP 0\n"), 488, 304,
            "no active audio stream in the offer (m=audio 0 RTP/AVP 0)"),
        arguments("host name", crlf(head + "m=audio 4000 RTP/AVP 0\nc=IN IP4 sbc.example\n"),
            488, 301, "connection address 'sbc.example' is not an IP4 literal"),
        arguments("PCMU at 16 kHz",
            crlf(head + "m=audio 4000 RTP/AVP 96\na=rtpmap:96 PCMU/16000\n"), 488, 305,
            "no common codec: offered PCMU/16000 (96); the bridge accepts PCMU/8000, PCMA/8000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unacceptableOffers")
  void refusesOffersItCannotAcceptNamingWhatWasOffered(String name, byte[] body, int status,
      int warning, String reason) {
    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> PCMU_FIRST.negotiate(SdpOffer.parse(body), Optional.empty()));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.warningCode()).isEqualTo(warning);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void keepsTheCurrentCodecOnAReInviteWhenItIsStillOffered() throws Exception {
    SdpOffer offer = SdpOffer.parse(SdpFixtures.bytes("offer-asterisk-many-codecs.sdp"));

    assertThat(PCMU_FIRST.negotiate(offer, Optional.of(G711Codec.PCMA)).codec())
        .isEqualTo(G711Codec.PCMA);
    assertThat(PCMU_FIRST.negotiate(offer, Optional.empty()).codec()).isEqualTo(G711Codec.PCMU);
  }

  @Test
  void dropsTelephoneEventWhenThePolicyTurnsDtmfOff() throws Exception {
    SdpNegotiator noDtmf =
        new SdpNegotiator(MediaPolicy.newBuilder().telephoneEvent(false).build());
    SdpOffer offer = SdpOffer.parse(SdpFixtures.bytes("offer-sipp-uac-pcap.sdp"));

    NegotiatedMedia media = noDtmf.negotiate(offer, Optional.empty());
    String answer = text(noDtmf.answer(offer, media, ORIGIN, LOCAL));

    assertThat(media.telephoneEvent()).isEmpty();
    assertThat(answer).contains("m=audio 20000 RTP/AVP 8\r\n").doesNotContain("telephone-event");
  }

  @Test
  void writesTheAnswerToSippUacPcapByteForByte() throws Exception {
    assertThat(answerTo("offer-sipp-uac-pcap.sdp"))
        .isEqualTo(SdpFixtures.text("answer-sipp-uac-pcap.sdp"));
  }

  @Test
  void rejectsTheVideoLineInPlaceWithPortZero() throws Exception {
    assertThat(answerTo("offer-audio-video.sdp"))
        .isEqualTo(SdpFixtures.text("answer-audio-video.sdp"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      answersSendrecvToASendrecvOffer | sendrecv | sendrecv
      answersRecvonlyToASendonlyOffer | sendonly | recvonly
      answersSendonlyToARecvonlyOffer | recvonly | sendonly
      answersInactiveToAnInactiveOffer | inactive | inactive
      """)
  void answersTheMirroredDirectionOfRfc3264Section6_1(String name, String offered,
      String answered) throws Exception {
    SdpOffer offer = SdpOffer.parse(crlf("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\n"
        + "c=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0\na=" + offered + "\n"));

    String answer = text(PCMU_FIRST.answer(
        offer, PCMU_FIRST.negotiate(offer, Optional.empty()), ORIGIN, LOCAL));

    assertThat(answer).endsWith("a=ptime:20\r\na=" + answered + "\r\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      offered ptime 20  | offer-pcmu-only.sdp
      offered ptime 30  | offer-ptime-30.sdp
      no ptime offered  | offer-sipp-uac.sdp
      """)
  void alwaysAsksForTwentyMillisecondPackets(String name, String fixture) throws Exception {
    assertThat(answerTo(fixture)).contains("\r\na=ptime:20\r\n").containsOnlyOnce("a=ptime");
  }

  @Test
  void answersOnlyWithPayloadTypesTheOfferUsed() throws Exception {
    assertThat(answerTo("offer-dynamic-pcmu.sdp")).contains("m=audio 20000 RTP/AVP 96 97\r\n"
        + "a=rtpmap:96 PCMU/8000\r\na=rtpmap:97 telephone-event/8000\r\na=fmtp:97 0-15\r\n");
  }

  @Test
  void writesAnAnswerJainSipParsesBack() throws Exception {
    javax.sdp.SessionDescription parsed = javax.sdp.SdpFactory.getInstance()
        .createSessionDescription(answerTo("offer-audio-video.sdp"));

    assertThat(parsed.getMediaDescriptions(false)).hasSize(2);
    javax.sdp.Media audio = ((javax.sdp.MediaDescription) parsed.getMediaDescriptions(false)
        .get(0)).getMedia();
    assertThat(audio.getMediaPort()).isEqualTo(20000);
    assertThat(audio.getMediaFormats(false)).containsExactly("0", "101");
  }

  @Test
  void acceptsAnAnswerThatPicksOneOfOurCodecs() throws Exception {
    NegotiatedMedia media = PCMU_FIRST.acceptAnswer(bridgeOffer(),
        SdpAnswer.parse(SdpFixtures.bytes("answer-to-bridge-pcma.sdp")));

    assertThat(media.codec()).isEqualTo(G711Codec.PCMA);
    assertThat(media.payloadType()).isEqualTo(8);
    assertThat(media.remoteRtpAddress())
        .isEqualTo(new InetSocketAddress("198.51.100.20", 36000));
    assertThat(media.direction()).isEqualTo(MediaDirection.SENDRECV);
    assertThat(media.telephoneEvent()).contains(new TelephoneEvent(101, "0-16"));
  }

  @Test
  void sendsOnlyWhenTheAnswerSaysRecvonly() throws Exception {
    String answer = SdpFixtures.text("answer-to-bridge-pcma.sdp") + "a=recvonly\r\n";

    NegotiatedMedia media = PCMU_FIRST.acceptAnswer(
        bridgeOffer(), SdpAnswer.parse(answer.getBytes(StandardCharsets.UTF_8)));

    assertThat(media.direction()).isEqualTo(MediaDirection.SENDONLY);
    assertThat(media.sendsMedia()).isTrue();
    assertThat(media.receivesMedia()).isFalse();
  }

  static Stream<Arguments> unacceptableAnswers() {
    return Stream.of(
        arguments("codec not offered", "m=audio 36000 RTP/AVP 18\na=rtpmap:18 G729/8000\n",
            305, "answer chose G729/8000 (18), none of which the offer had"
                + " (PCMU/8000 (0), PCMA/8000 (8), telephone-event/8000 (101))"),
        arguments("audio rejected", "m=audio 0 RTP/AVP 0\n",
            304, "no active audio stream in the answer (m=audio 0 RTP/AVP 0)"),
        arguments("extra m= line", "m=audio 36000 RTP/AVP 0\nm=video 0 RTP/AVP 31\n",
            399, "answer has 2 m= lines for an offer of 1 (RFC 3264 §6)"),
        arguments("SRTP answer", "m=audio 36000 RTP/SAVP 0\n",
            302, "transport RTP/SAVP is not supported, only RTP/AVP (m=audio RTP/SAVP 0)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unacceptableAnswers")
  void refusesAnAnswerThatDoesNotMatchOurOffer(String name, String media, int warning,
      String reason) throws Exception {
    SdpAnswer answer = SdpAnswer.parse(crlf(
        "v=0\no=- 1 1 IN IP4 198.51.100.20\ns=-\nc=IN IP4 198.51.100.20\nt=0 0\n" + media));

    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> PCMU_FIRST.acceptAnswer(bridgeOffer(), answer));

    assertThat(e.statusCode()).isEqualTo(488);
    assertThat(e.warningCode()).isEqualTo(warning);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void refusesTheG729AnswerFixture() throws Exception {
    SdpAnswer answer = SdpAnswer.parse(SdpFixtures.bytes("answer-to-bridge-g729.sdp"));

    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> PCMU_FIRST.acceptAnswer(bridgeOffer(), answer));

    assertThat(e.warningCode())
        .isEqualTo(SdpNegotiationException.WARNING_INCOMPATIBLE_MEDIA_FORMAT);
  }

  private static SdpOffer offer(String fixture) throws SdpNegotiationException {
    return SdpOffer.parse(SdpFixtures.bytes("offer-" + fixture + ".sdp"));
  }

  private static SdpOffer bridgeOffer() {
    return new SdpOfferBuilder(MediaPolicy.defaults()).origin(ORIGIN).localRtp(LOCAL).build();
  }

  private static String answerTo(String fixture) throws SdpNegotiationException {
    SdpOffer offer = SdpOffer.parse(SdpFixtures.bytes(fixture));
    return text(PCMU_FIRST.answer(
        offer, PCMU_FIRST.negotiate(offer, Optional.empty()), ORIGIN, LOCAL));
  }

  private static String text(SdpAnswer answer) {
    return new String(answer.toBytes(), StandardCharsets.UTF_8);
  }
}
