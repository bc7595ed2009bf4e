package dev.voicebridge.bridge.sdp;

import static dev.voicebridge.bridge.sdp.SdpFixtures.crlf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SdpParserTest {
  private static final String HEAD =
      "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\n";

  @Test
  void parsesEveryLineTheNegotiationNeeds() throws Exception {
    SessionDescription sdp = SdpFixtures.parse("offer-asterisk-many-codecs.sdp");

    assertThat(sdp.origin())
        .isEqualTo(new SdpOrigin("CiscoSystemsSIP-GW-UserAgent", "6551", "9313",
            new ConnectionAddress(ConnectionAddress.AddressType.IP4, "192.0.2.10")));
    assertThat(sdp.sessionName()).isEqualTo("SIP Call");
    assertThat(sdp.connection()).map(ConnectionAddress::address).contains("192.0.2.10");
    assertThat(sdp.media()).hasSize(1);
    MediaDescription audio = sdp.media().get(0);
    assertThat(audio.mediaType()).isEqualTo("audio");
    assertThat(audio.port()).isEqualTo(17002);
    assertThat(audio.protocol()).isEqualTo("RTP/AVP");
    assertThat(audio.formats()).containsExactly("18", "0", "8", "3", "101");
    assertThat(audio.connection()).map(ConnectionAddress::address).contains("192.0.2.11");
    assertThat(audio.attributes()).hasSize(11);
    assertThat(audio.attributes().get(0)).isEqualTo(new SdpAttribute("rtpmap", "18 G729/8000"));
    assertThat(audio.attribute("silenceSupp")).contains("off - - - -");
    assertThat(audio.attribute("sendrecv")).contains("");
  }

  @Test
  void acceptsBareLineFeedsAndTrailingBlankLines() throws Exception {
    byte[] body = (HEAD + "m=audio 4000 RTP/AVP 0\n\n\n").getBytes(StandardCharsets.US_ASCII);

    SessionDescription sdp = SessionDescription.parse(body);

    assertThat(sdp.media()).singleElement().extracting(MediaDescription::port).isEqualTo(4000);
  }

  @Test
  void keepsSessionLevelAttributesApartFromMediaLevelOnes() throws Exception {
    SessionDescription sdp = SdpFixtures.parse("offer-session-sendonly.sdp");

    assertThat(sdp.attribute("sendonly")).contains("");
    assertThat(sdp.media().get(0).attributes()).isEmpty();
  }

  @Test
  void dropsTheMulticastSuffixOfAnAddressAndThePortCountOfAStream() throws Exception {
    String sdp = HEAD + "m=audio 4000/2 RTP/AVP 0\nc=IN IP4 233.252.0.1/127\n";

    MediaDescription audio = SessionDescription.parse(crlf(sdp)).media().get(0);

    assertThat(audio.port()).isEqualTo(4000);
    assertThat(audio.connection()).map(ConnectionAddress::address).contains("233.252.0.1");
  }

  @Test
  void acceptsARejectedStreamWithoutAnyConnectionAddress() throws Exception {
    String sdp = "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nt=0 0\nm=video 0 RTP/AVP 31\n";

    assertThat(SessionDescription.parse(crlf(sdp)).media().get(0).isRejected()).isTrue();
  }

  static Stream<Arguments> malformedSdp() {
    String v = "v=0\n";
    String o = "o=- 1 1 IN IP4 192.0.2.1\n";
    String st = "s=-\nt=0 0\n";
    return Stream.of(
        arguments("empty body", "", "empty SDP body"),
        arguments("not SDP", "garbage",
            "line 1: expected <type>=<value> but got 'garbage'"),
        arguments("no version", o, "line 1: SDP must start with v=0"),
        arguments("version 1", "v=1\n", "line 1: SDP must start with v=0"),
        arguments("missing origin", v + st, "missing o= line"),
        arguments("missing session name", v + o + "t=0 0\n", "missing s= line"),
        arguments("missing timing", v + o + "s=-\n", "missing t= line"),
        arguments("short origin", v + "o=- 1 IN IP4 192.0.2.1\n",
            "line 2: o= needs 6 fields but got '- 1 IN IP4 192.0.2.1'"),
        arguments("unknown network type", v + "o=- 1 1 ATM NSAP 47.0005\n",
            "line 2: network type 'ATM' is not IN"),
        arguments("unknown address type", v + "o=- 1 1 IN IP5 192.0.2.1\n",
            "line 2: address type 'IP5' is neither IP4 nor IP6"),
        arguments("unknown line type", HEAD + "x=foo\n", "line 6: unknown line type 'x='"),
        arguments("origin inside media", HEAD + "m=audio 4000 RTP/AVP 0\n" + o,
            "line 7: 'o=' is not allowed inside a media section"),
        arguments("duplicate origin", HEAD + o, "line 6: more than one o= line here"),
        arguments("truncated connection", HEAD + "m=audio 4000 RTP/AVP 0\nc=IN IP4 \n",
            "line 7: c= needs <nettype> <addrtype> <address> but got 'IN IP4 '"),
        arguments("port not a number", HEAD + "m=audio sixthousand RTP/AVP 0\n",
            "line 6: m= port 'sixthousand' is not a number 0-65535"),
        arguments("port too large", HEAD + "m=audio 99999 RTP/AVP 0\n",
            "line 6: m= port '99999' is not a number 0-65535"),
        arguments("signed port", HEAD + "m=audio +4000 RTP/AVP 0\n",
            "line 6: m= port '+4000' is not a number 0-65535"),
        arguments("media without formats", HEAD + "m=audio 4000 RTP/AVP\n",
            "line 6: m= needs <media> <port> <proto> <fmt> ... but got 'audio 4000 RTP/AVP'"),
        arguments("bad timing", v + o + "s=-\nt=now\n",
            "line 4: t= needs <start> <stop> but got 'now'"),
        arguments("empty attribute", HEAD + "a=\n", "line 6: bad attribute name in 'a='"),
        arguments("blank line inside", HEAD + "\nm=audio 4000 RTP/AVP 0\n",
            "line 6: expected <type>=<value> but got ''"),
        arguments("no connection anywhere", v + o + st + "m=audio 4000 RTP/AVP 0\na=x\n"
                + "m=video 0 RTP/AVP 31\n",
            "line 5: m=audio has no c= line and none at session level"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedSdp")
  void rejectsMalformedSdpWith400NamingTheLine(String name, String sdp, String reason) {
    byte[] body = crlf(sdp);

    SdpNegotiationException e =
        catchThrowableOfType(SdpNegotiationException.class, () -> SessionDescription.parse(body));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.warningCode()).isEqualTo(399);
    assertThat(e.reason())
        .isEqualTo(reason.startsWith("line") ? "malformed SDP, " + reason : reason);
  }

  @Test
  void rejectsTheMalformedFixtureNamingTheBadPort() {
    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> SdpFixtures.parse("offer-malformed.sdp"));

    assertThat(e.reason())
        .isEqualTo("malformed SDP, line 6: m= port 'sixthousand' is not a number 0-65535");
  }

  @Test
  void refusesBodiesLargerThanAnyTelephonyOffer() {
    byte[] huge = crlf(HEAD + "a=x:" + "y".repeat(SdpParser.MAX_BODY_BYTES) + "\n");

    SdpNegotiationException e =
        catchThrowableOfType(SdpNegotiationException.class, () -> SessionDescription.parse(huge));

    assertThat(e.reason()).startsWith("SDP body of ").endsWith(" bytes exceeds 65536");
  }

  @Test
  void returnsNoSessionConnectionWhenOnlyMediaHaveOne() throws Exception {
    SessionDescription sdp = SdpFixtures.parse("offer-webrtc-savpf.sdp");

    assertThat(sdp.connection()).isEqualTo(Optional.empty());
    assertThat(sdp.media().get(0).connection()).map(ConnectionAddress::address)
        .contains("0.0.0.0");
  }
}
