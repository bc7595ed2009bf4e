package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class G711CodecTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      static PCMU           | 0   | PCMU            | 8000  | 1 | PCMU
      static PCMA           | 8   | PCMA            | 8000  | 1 | PCMA
      dynamic lower case    | 96  | pcmu            | 8000  | 1 | PCMU
      wideband clock        | 97  | PCMU            | 16000 | 1 | -
      stereo                | 98  | PCMA            | 8000  | 2 | -
      G.729                 | 18  | G729            | 8000  | 1 | -
      telephone-event       | 101 | telephone-event | 8000  | 1 | -
      """)
  void recognisesTelephonyG711Only(String name, int payloadType, String encoding, int clockRate,
      int channels, G711Codec expected) {
    PayloadFormat format = new PayloadFormat(payloadType, encoding, clockRate, channels, "");

    assertThat(G711Codec.of(format)).isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @Test
  void carriesItsStaticPayloadTypeAndRtpmap() {
    assertThat(G711Codec.PCMU.staticPayloadType()).isZero();
    assertThat(G711Codec.PCMA.staticPayloadType()).isEqualTo(8);
    assertThat(G711Codec.PCMA.rtpMapValue(8)).isEqualTo("8 PCMA/8000");
  }
}
