package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SessionDescriptionTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "offer-sipp-uac-pcap.sdp", "offer-sipp-uac.sdp", "offer-pcmu-only.sdp",
      "offer-hold-sendonly.sdp", "offer-ipv6.sdp", "offer-audio-video.sdp",
      "offer-dynamic-pcmu.sdp", "offer-session-sendonly.sdp"})
  void writesBackTheFixtureItParsedByteForByte(String fixture) throws Exception {
    SessionDescription sdp = SdpFixtures.parse(fixture);

    assertThat(new String(sdp.toBytes(), StandardCharsets.UTF_8))
        .isEqualTo(SdpFixtures.text(fixture));
  }

  @Test
  void letsTheMediaLevelConnectionOverrideTheSessionLevelOne() throws Exception {
    SessionDescription sdp = SdpFixtures.parse("offer-asterisk-many-codecs.sdp");

    assertThat(sdp.connectionOf(sdp.media().get(0))).map(ConnectionAddress::address)
        .contains("192.0.2.11");
  }

  @Test
  void fallsBackToTheSessionLevelConnection() throws Exception {
    SessionDescription sdp = SdpFixtures.parse("offer-audio-video.sdp");

    assertThat(sdp.connectionOf(sdp.media().get(1))).map(ConnectionAddress::address)
        .contains("203.0.113.5");
  }

  @Test
  void writesLinesInRfc8866OrderWithCrlf() {
    ConnectionAddress address = new ConnectionAddress(AddressType.IP4, "192.0.2.1");
    SessionDescription sdp = new SessionDescription(
        new SdpOrigin("-", "42", "2", address), "-", Optional.of(address),
        List.of(SdpAttribute.property("sendrecv")),
        List.of(new MediaDescription("audio", 4000, "RTP/AVP", List.of("0"), Optional.empty(),
            List.of(new SdpAttribute("ptime", "20")))));

    assertThat(sdp.toSdpText()).isEqualTo("v=0\r\no=- 42 2 IN IP4 192.0.2.1\r\ns=-\r\n"
        + "c=IN IP4 192.0.2.1\r\nt=0 0\r\na=sendrecv\r\nm=audio 4000 RTP/AVP 0\r\na=ptime:20\r\n");
  }
}
