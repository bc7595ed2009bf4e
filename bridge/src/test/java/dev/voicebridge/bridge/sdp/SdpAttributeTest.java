package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SdpAttributeTest {

  @Test
  void writesAPropertyAttributeWithoutColon() {
    assertThat(SdpAttribute.property("recvonly").toSdpValue()).isEqualTo("recvonly");
  }

  @Test
  void writesAValueAttributeAfterAColon() {
    assertThat(new SdpAttribute("fmtp", "101 0-16").toSdpValue()).isEqualTo("fmtp:101 0-16");
  }

  @Test
  void masksSrtpKeysWhenPrinted() {
    SdpAttribute crypto = new SdpAttribute(
        "crypto", "1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20");

    assertThat(crypto.toString()).isEqualTo("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:****");
    assertThat(crypto.toSdpValue()).contains("inline:WVNfX19z");
    assertThat(new SdpAttribute("fmtp", "101 0-16")).hasToString("a=fmtp:101 0-16");
  }

  @Test
  void refusesAnEmptyName() {
    assertThatThrownBy(() -> new SdpAttribute("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute name is empty");
  }
}
