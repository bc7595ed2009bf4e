package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionAddressTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ipv4 literal           | IP4 | 192.0.2.1     | 192.0.2.1
      ipv6 literal           | IP6 | 2001:db8::7   | 2001:db8:0:0:0:0:0:7
      ipv6 loopback          | IP6 | ::1           | 0:0:0:0:0:0:0:1
      """)
  void turnsIpLiteralsIntoAddressesWithoutResolving(String name, AddressType type, String text,
      String expected) {
    ConnectionAddress address = new ConnectionAddress(type, text);

    assertThat(address.toInetAddress()).map(InetAddress::getHostAddress).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      host name              | IP4 | sbc.example.com
      short ipv4             | IP4 | 1.2.3
      octet too large        | IP4 | 192.0.2.256
      ipv4 declared as IP6   | IP6 | 192.0.2.1
      ipv6 declared as IP4   | IP4 | 2001:db8::7
      bad ipv6               | IP6 | 2001:db8::7::1
      ipv6 host name         | IP6 | gw.example.com
      """)
  void refusesNamesAndLiteralsOfTheWrongFamily(String name, AddressType type, String text) {
    assertThat(new ConnectionAddress(type, text).toInetAddress()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ipv4 any     | IP4 | 0.0.0.0   | true
      ipv6 any     | IP6 | ::        | true
      ipv4 unicast | IP4 | 192.0.2.1 | false
      host name    | IP4 | 0.0.0.0.x | false
      """)
  void recognisesTheRfc2543HoldAddress(String name, AddressType type, String text,
      boolean unspecified) {
    assertThat(new ConnectionAddress(type, text).isUnspecified()).isEqualTo(unspecified);
  }

  @Test
  void writesTheConnectionLineValueOfAnInetAddress() throws Exception {
    assertThat(ConnectionAddress.of(InetAddress.getByName("198.51.100.7")).toSdpValue())
        .isEqualTo("IN IP4 198.51.100.7");
    assertThat(ConnectionAddress.of(InetAddress.getByName("2001:db8::1")).toSdpValue())
        .isEqualTo("IN IP6 2001:db8:0:0:0:0:0:1");
  }

  @Test
  void refusesAddressTextWithWhiteSpace() {
    assertThatThrownBy(() -> new ConnectionAddress(AddressType.IP4, "192.0.2.1 x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an SDP address: '192.0.2.1 x'");
  }
}
