package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TelephoneEventTest {

  @Test
  void acceptsTelephoneEventAtTheG711ClockOnly() {
    assertThat(TelephoneEvent.of(new PayloadFormat(101, "telephone-event", 8000, 1, "0-15")))
        .contains(new TelephoneEvent(101, "0-15"));
    assertThat(TelephoneEvent.of(new PayloadFormat(102, "telephone-event", 16000, 1, "0-15")))
        .isEmpty();
    assertThat(TelephoneEvent.of(new PayloadFormat(0, "PCMU", 8000, 1, ""))).isEmpty();
  }

  @Test
  void writesItsRtpmap() {
    assertThat(new TelephoneEvent(97, "0-16").rtpMapValue()).isEqualTo("97 telephone-event/8000");
  }

  @Test
  void refusesAnImpossiblePayloadType() {
    assertThatThrownBy(() -> new TelephoneEvent(128, "0-16"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payload type out of range: 128");
  }
}
