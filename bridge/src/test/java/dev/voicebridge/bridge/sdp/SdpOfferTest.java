package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SdpOfferTest {

  @Test
  void parsesTheBodyAndSelectsItsAudioStream() throws Exception {
    SdpOffer offer = SdpOffer.parse(SdpFixtures.bytes("offer-audio-video.sdp"));

    assertThat(offer.description().media()).extracting(MediaDescription::mediaType)
        .containsExactly("audio", "video");
    assertThat(offer.audio()).map(AudioStream::port).contains(30004);
  }

  @Test
  void hasNoAudioWhenOnlyVideoIsOffered() throws Exception {
    SdpOffer offer = SdpOffer.parse(SdpFixtures.crlf(
        "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=video 4 RTP/AVP 96\n"));

    assertThat(offer.audio()).isEmpty();
  }

  @Test
  void refusesAMalformedBodyWith400() {
    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> SdpOffer.parse("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(e.statusCode()).isEqualTo(400);
  }

  @Test
  void printsTheFarEndsSrtpKeyMaskedButSendsNothingMasked() throws Exception {
    SdpOffer offer = SdpOffer.parse(SdpFixtures.bytes("offer-savp.sdp"));

    assertThat(offer.toString()).contains("inline:****").doesNotContain("WVNfX19z");
    assertThat(offer.description().toString()).doesNotContain("WVNfX19z");
    assertThat(offer.description().media().toString()).doesNotContain("WVNfX19z");
    assertThat(offer.toBytes()).isEqualTo(SdpFixtures.bytes("offer-savp.sdp"));
  }

  @Test
  void comparesByContentAndPrintsAsSdp() throws Exception {
    SdpOffer a = SdpOffer.parse(SdpFixtures.bytes("offer-sipp-uac.sdp"));
    SdpOffer b = SdpOffer.parse(SdpFixtures.bytes("offer-sipp-uac.sdp"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(SdpAnswer.parse(SdpFixtures.bytes("offer-sipp-uac.sdp")));
    assertThat(a.toString()).isEqualTo(SdpFixtures.text("offer-sipp-uac.sdp"));
    assertThat(a.toBytes()).isEqualTo(SdpFixtures.bytes("offer-sipp-uac.sdp"));
  }
}
