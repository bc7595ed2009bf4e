package dev.voicebridge.bridge.sdp;

import static dev.voicebridge.bridge.sdp.SdpFixtures.crlf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioStreamTest {
  private static final String HEAD =
      "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\n";

  @Test
  void readsEverythingTheNegotiationNeedsFromTheAudioLine() throws Exception {
    AudioStream audio =
        AudioStream.select(SdpFixtures.parse("offer-asterisk-many-codecs.sdp")).orElseThrow();

    assertThat(audio.index()).isZero();
    assertThat(audio.connection().address()).isEqualTo("192.0.2.11");
    assertThat(audio.port()).isEqualTo(17002);
    assertThat(audio.isPlainRtp()).isTrue();
    assertThat(audio.formats()).hasSize(5);
    assertThat(audio.ptime()).isEqualTo(OptionalInt.of(20));
    assertThat(audio.maxptime()).isEqualTo(OptionalInt.of(150));
    assertThat(audio.direction()).isEqualTo(MediaDirection.SENDRECV);
    assertThat(audio.telephoneEvent()).contains(new TelephoneEvent(101, "0-16"));
    assertThat(audio.isLegacyHold()).isFalse();
  }

  @Test
  void prefersAPlainRtpLineOverAnEarlierSrtpOne() throws Exception {
    SessionDescription sdp = SessionDescription.parse(crlf(HEAD
        + "m=audio 4000 RTP/SAVP 0\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x\n"
        + "m=audio 4002 RTP/AVP 0\n"));

    assertThat(AudioStream.select(sdp)).map(AudioStream::index).contains(1);
  }

  @Test
  void fallsBackToTheFirstActiveAudioLineSoTheRefusalCanNameIt() throws Exception {
    SessionDescription sdp = SdpFixtures.parse("offer-savp.sdp");

    AudioStream audio = AudioStream.select(sdp).orElseThrow();

    assertThat(audio.isPlainRtp()).isFalse();
    assertThat(audio.describe()).isEqualTo("m=audio RTP/SAVP 0 8");
  }

  @Test
  void skipsRejectedAndNonAudioLines() throws Exception {
    SessionDescription sdp = SessionDescription.parse(crlf(HEAD
        + "m=audio 0 RTP/AVP 0\nm=video 5000 RTP/AVP 96\nm=audio 4002 RTP/AVP 8\n"));

    assertThat(AudioStream.select(sdp)).map(AudioStream::index).contains(2);
    assertThat(AudioStream.select(SessionDescription.parse(crlf(HEAD + "m=audio 0 RTP/AVP 0\n"))))
        .isEmpty();
  }

  @Test
  void leavesFormatsOfANonRtpTransportUnparsed() throws Exception {
    SessionDescription sdp = SessionDescription.parse(crlf(HEAD + "m=audio 9 TCP/MRCPv2 1\n"));

    assertThat(AudioStream.select(sdp)).map(AudioStream::formats).contains(java.util.List.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      media level wins     | a=sendonly | a=inactive | INACTIVE
      session level used   | a=sendonly | a=ptime:20 | SENDONLY
      default sendrecv     | a=tool:x   | a=ptime:20 | SENDRECV
      """)
  void resolvesTheDirectionMediaLevelFirst(String name, String session, String media,
      MediaDirection expected) throws Exception {
    SessionDescription sdp = SessionDescription.parse(
        crlf(HEAD + session + "\nm=audio 4000 RTP/AVP 0\n" + media + "\n"));

    assertThat(AudioStream.select(sdp)).map(AudioStream::direction).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      plain         | 20    | 20
      padded        | ' 30' | 30
      fractional    | 20.5  | -
      zero          | 0     | -
      word          | fast  | -
      """)
  void readsPtimeAsAHintIgnoringWhatItCannotRead(String name, String ptime, Integer expected)
      throws Exception {
    SessionDescription sdp = SessionDescription.parse(
        crlf(HEAD + "m=audio 4000 RTP/AVP 0\na=ptime:" + ptime + "\n"));

    assertThat(AudioStream.select(sdp).orElseThrow().ptime())
        .isEqualTo(expected == null ? OptionalInt.empty() : OptionalInt.of(expected));
  }

  @Test
  void recognisesLegacyHold() throws Exception {
    Optional<AudioStream> audio = AudioStream.select(SdpFixtures.parse("offer-legacy-hold.sdp"));

    assertThat(audio).map(AudioStream::isLegacyHold).contains(true);
  }
}
