package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaDirectionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sendrecv answers sendrecv | SENDRECV | SENDRECV
      sendonly answers recvonly | SENDONLY | RECVONLY
      recvonly answers sendonly | RECVONLY | SENDONLY
      inactive answers inactive | INACTIVE | INACTIVE
      """)
  void reversesAsRfc3264Section6_1Requires(String name, MediaDirection offered,
      MediaDirection answered) {
    assertThat(offered.reversed()).isEqualTo(answered);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sendrecv by recvonly | SENDRECV | RECVONLY | RECVONLY
      sendonly by recvonly | SENDONLY | RECVONLY | INACTIVE
      sendrecv by sendrecv | SENDRECV | SENDRECV | SENDRECV
      sendonly by sendrecv | SENDONLY | SENDRECV | SENDONLY
      """)
  void limitsOneDirectionByAnother(String name, MediaDirection direction, MediaDirection limit,
      MediaDirection expected) {
    assertThat(direction.limitedTo(limit)).isEqualTo(expected);
  }

  @Test
  void dropsOneWayOfTheStream() {
    assertThat(MediaDirection.SENDRECV.withoutReceiving()).isEqualTo(MediaDirection.SENDONLY);
    assertThat(MediaDirection.RECVONLY.withoutReceiving()).isEqualTo(MediaDirection.INACTIVE);
    assertThat(MediaDirection.SENDRECV.withoutSending()).isEqualTo(MediaDirection.RECVONLY);
    assertThat(MediaDirection.SENDONLY.withoutSending()).isEqualTo(MediaDirection.INACTIVE);
  }

  @Test
  void findsTheFirstDirectionAttributeAndIgnoresValuedLookalikes() {
    List<SdpAttribute> attributes = List.of(new SdpAttribute("sendonly", "x"),
        new SdpAttribute("rtpmap", "0 PCMU/8000"), SdpAttribute.property("inactive"),
        SdpAttribute.property("sendrecv"));

    assertThat(MediaDirection.in(attributes)).contains(MediaDirection.INACTIVE);
    assertThat(MediaDirection.in(List.of())).isEmpty();
  }

  @Test
  void writesItsAttribute() {
    assertThat(MediaDirection.RECVONLY.toAttribute().toSdpValue()).isEqualTo("recvonly");
  }
}
