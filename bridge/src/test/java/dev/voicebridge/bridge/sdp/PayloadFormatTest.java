package dev.voicebridge.bridge.sdp;

import static dev.voicebridge.bridge.sdp.SdpFixtures.crlf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayloadFormatTest {

  @Test
  void resolvesStaticTypesAndRtpmapLinesInMLineOrder() throws Exception {
    MediaDescription audio = SdpFixtures.parse("offer-asterisk-many-codecs.sdp").media().get(0);

    assertThat(PayloadFormat.of(audio)).containsExactly(
        new PayloadFormat(18, "G729", 8000, 1, "annexb=no"),
        new PayloadFormat(0, "PCMU", 8000, 1, ""),
        new PayloadFormat(8, "PCMA", 8000, 1, ""),
        new PayloadFormat(3, "GSM", 8000, 1, ""),
        new PayloadFormat(101, "telephone-event", 8000, 1, "0-16"));
  }

  @Test
  void letsAnRtpmapLineOverrideTheStaticTable() throws Exception {
    List<PayloadFormat> formats = formats("m=audio 4000 RTP/AVP 8 97\na=rtpmap:8 PCMU/8000\n");

    assertThat(formats.get(0)).isEqualTo(new PayloadFormat(8, "PCMU", 8000, 1, ""));
    assertThat(formats.get(1)).isEqualTo(new PayloadFormat(97, "", 0, 1, ""));
  }

  @Test
  void readsChannelsAndAnEmptyFmtp() throws Exception {
    List<PayloadFormat> formats =
        formats("m=audio 4000 RTP/AVP 111 101\na=rtpmap:111 opus/48000/2\na=fmtp:101\n");

    assertThat(formats).containsExactly(new PayloadFormat(111, "opus", 48000, 2, ""),
        new PayloadFormat(101, "", 0, 1, ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      payload type not a number | m=audio 4 RTP/AVP x                       | payload type 'x'
      payload type above 127    | m=audio 4 RTP/AVP 128                     | payload type '128'
      rtpmap without encoding   | m=audio 4 RTP/AVP 0\\na=rtpmap:0           | a=rtpmap:0
      rtpmap without clock      | m=audio 4 RTP/AVP 96\\na=rtpmap:96 PCMU    | a=rtpmap:96 PCMU
      rtpmap bad clock          | m=audio 4 RTP/AVP 96\\na=rtpmap:96 PCMU/8k | a=rtpmap:96 PCMU/8k
      fmtp bad payload type     | m=audio 4 RTP/AVP 0\\na=fmtp:zero 0-16     | a=fmtp:zero 0-16
      """)
  void refusesMalformedPayloadTypesWith400(String name, String media, String what) {
    SdpNegotiationException e = catchThrowableOfType(SdpNegotiationException.class,
        () -> formats(media.replace("\\n", "\n")));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.reason()).isEqualTo("malformed SDP, m=audio: bad " + what);
  }

  @Test
  void describesItselfForErrorMessages() {
    assertThat(new PayloadFormat(18, "G729", 8000, 1, "").describe()).isEqualTo("G729/8000 (18)");
    assertThat(new PayloadFormat(96, "", 0, 1, "").describe()).isEqualTo("96");
    assertThat(new PayloadFormat(101, "Telephone-Event", 8000, 1, "").isTelephoneEvent()).isTrue();
  }

  private static List<PayloadFormat> formats(String media) throws SdpNegotiationException {
    return PayloadFormat.of(SessionDescription.parse(crlf(
        "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\n" + media))
        .media().get(0));
  }
}
