package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalSdpWriterTest {

  @Test
  void writesCodecsThenDtmfThenPtimeAndDirection() {
    MediaDescription audio = LocalSdpWriter.audio(
        List.of(LocalSdpWriter.format(G711Codec.PCMA, 8)),
        Optional.of(new TelephoneEvent(101, "0-15")), 20, MediaDirection.RECVONLY, 20000);

    assertThat(audio.formats()).containsExactly("8", "101");
    assertThat(audio.attributes()).extracting(SdpAttribute::toSdpValue).containsExactly(
        "rtpmap:8 PCMA/8000", "rtpmap:101 telephone-event/8000", "fmtp:101 0-15", "ptime:20",
        "recvonly");
  }

  @Test
  void mirrorsATelephoneEventOfferedWithoutFmtp() {
    MediaDescription audio = LocalSdpWriter.audio(
        List.of(LocalSdpWriter.format(G711Codec.PCMU, 0)),
        Optional.of(new TelephoneEvent(101, "")), 20, MediaDirection.SENDRECV, 20000);

    assertThat(audio.attribute("fmtp")).isEmpty();
  }

  @Test
  void putsTheAddressAtSessionLevelOnly() {
    SdpOrigin origin =
        new SdpOrigin("-", "1", "1", new ConnectionAddress(AddressType.IP6, "2001:db8::5"));

    SessionDescription sdp = LocalSdpWriter.description(
        origin, new InetSocketAddress("2001:db8::5", 20000), List.of());

    assertThat(sdp.connection()).map(ConnectionAddress::toSdpValue)
        .contains("IN IP6 2001:db8:0:0:0:0:0:5");
    assertThat(sdp.sessionName()).isEqualTo("-");
  }
}
