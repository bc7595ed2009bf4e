package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NegotiatedMediaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      active call            | 198.51.100.7 | SENDRECV | true  | true
      far end holds          | 198.51.100.7 | RECVONLY | false | true
      we only send           | 198.51.100.7 | SENDONLY | true  | false
      legacy hold address    | 0.0.0.0      | SENDRECV | false | true
      """)
  void sendsOnlyWhenTheDirectionAndTheAddressAllowIt(String name, String address,
      MediaDirection direction, boolean sends, boolean receives) {
    NegotiatedMedia media = media(new InetSocketAddress(address, 4000), direction);

    assertThat(media.sendsMedia()).isEqualTo(sends);
    assertThat(media.receivesMedia()).isEqualTo(receives);
  }

  @Test
  void refusesAnUnresolvedRemoteAddress() {
    assertThatThrownBy(() -> media(InetSocketAddress.createUnresolved("sbc.example", 4000),
        MediaDirection.SENDRECV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remote RTP address must be an IP literal");
  }

  private static NegotiatedMedia media(InetSocketAddress remote, MediaDirection direction) {
    return new NegotiatedMedia(G711Codec.PCMU, 0, remote, 20, OptionalInt.empty(), direction,
        Optional.empty(), false);
  }
}
