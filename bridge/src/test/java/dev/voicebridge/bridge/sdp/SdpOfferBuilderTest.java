package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdpOfferBuilderTest {
  private static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.50", 20000);
  private static final SdpOrigin ORIGIN =
      new SdpOrigin("-", "42", "1", new ConnectionAddress(AddressType.IP4, "192.0.2.50"));

  @Test
  void offersPcmuPcmaAndDtmfAtTwentyMillisecondsSendrecv() {
    SdpOffer offer = new SdpOfferBuilder(MediaPolicy.defaults())
        .origin(ORIGIN).localRtp(LOCAL).build();

    assertThat(offer.toString()).isEqualTo(SdpFixtures.text("offer-bridge-default.sdp"));
  }

  @Test
  void listsTheCodecsInThePolicysOrder() {
    MediaPolicy pcmaFirst = MediaPolicy.newBuilder()
        .codecPreference(List.of(G711Codec.PCMA, G711Codec.PCMU)).build();

    SdpOffer offer = new SdpOfferBuilder(pcmaFirst).origin(ORIGIN).localRtp(LOCAL).build();

    assertThat(offer.toString()).contains("m=audio 20000 RTP/AVP 8 0 101\r\n"
        + "a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\n");
  }

  @Test
  void leavesOutTelephoneEventWhenDtmfIsOff() {
    MediaPolicy noDtmf = MediaPolicy.newBuilder().telephoneEvent(false).build();

    SdpOffer offer = new SdpOfferBuilder(noDtmf).origin(ORIGIN).localRtp(LOCAL).build();

    assertThat(offer.toString()).contains("m=audio 20000 RTP/AVP 0 8\r\n")
        .doesNotContain("telephone-event").doesNotContain("fmtp");
  }

  @Test
  void putsTheFarEndOnHoldWithSendonly() {
    SdpOffer offer = new SdpOfferBuilder(MediaPolicy.defaults())
        .origin(ORIGIN).localRtp(LOCAL).direction(MediaDirection.SENDONLY).build();

    assertThat(offer.audio()).map(AudioStream::direction).contains(MediaDirection.SENDONLY);
    assertThat(offer.toString()).endsWith("a=sendonly\r\n");
  }

  @Test
  void keepsThePlacesOfEarlierMediaLines() throws Exception {
    SessionDescription previous = SdpFixtures.parse("offer-audio-video.sdp");

    SdpOffer offer = new SdpOfferBuilder(MediaPolicy.defaults())
        .origin(ORIGIN).localRtp(LOCAL).previous(previous, 0).build();

    assertThat(offer.description().media()).hasSize(2);
    assertThat(offer.description().media().get(1))
        .isEqualTo(previous.media().get(1).rejected());
    assertThat(offer.audio()).map(AudioStream::index).contains(0);
  }

  @Test
  void needsAnOriginAndALocalAddress() {
    assertThatThrownBy(() -> new SdpOfferBuilder(MediaPolicy.defaults()).origin(ORIGIN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an offer needs an origin and a local RTP address");
  }
}
