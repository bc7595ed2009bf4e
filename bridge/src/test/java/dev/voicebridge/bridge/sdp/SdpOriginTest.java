package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import org.junit.jupiter.api.Test;

class SdpOriginTest {

  @Test
  void writesTheSixFieldsOfTheOriginLine() {
    SdpOrigin origin = new SdpOrigin(
        "-", "18446744073709551616", "3", new ConnectionAddress(AddressType.IP6, "2001:db8::1"));

    assertThat(origin.toSdpValue()).isEqualTo("- 18446744073709551616 3 IN IP6 2001:db8::1");
  }
}
