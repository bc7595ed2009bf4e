package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaDescriptionTest {
  private static final MediaDescription VIDEO = new MediaDescription("video", 30006, "RTP/AVP",
      List.of("96", "97"), Optional.of(new ConnectionAddress(AddressType.IP4, "192.0.2.1")),
      List.of(new SdpAttribute("rtpmap", "96 H264/90000"), SdpAttribute.property("sendonly"),
          new SdpAttribute("rtpmap", "97 VP8/90000")));

  @Test
  void findsTheFirstAttributeOfAName() {
    assertThat(VIDEO.attribute("rtpmap")).contains("96 H264/90000");
    assertThat(VIDEO.attribute("sendonly")).contains("");
    assertThat(VIDEO.attribute("ptime")).isEmpty();
  }

  @Test
  void rejectsAStreamWithPortZeroKeepingTypeProtocolAndFormats() {
    MediaDescription rejected = VIDEO.rejected();

    assertThat(rejected.isRejected()).isTrue();
    assertThat(rejected).isEqualTo(new MediaDescription(
        "video", 0, "RTP/AVP", List.of("96", "97"), Optional.empty(), List.of()));
    assertThat(VIDEO.isRejected()).isFalse();
  }

  @Test
  void refusesAMediaLineWithoutFormatsOrWithAnImpossiblePort() {
    assertThatThrownBy(() -> new MediaDescription(
        "audio", 4000, "RTP/AVP", List.of(), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an m= line needs at least one format");
    assertThatThrownBy(() -> new MediaDescription(
        "audio", 65_536, "RTP/AVP", List.of("0"), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port out of range: 65536");
  }
}
