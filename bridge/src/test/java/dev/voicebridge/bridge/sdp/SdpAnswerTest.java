package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SdpAnswerTest {

  @Test
  void parsesTheAnswerFromAnAckAndSelectsItsAudioStream() throws Exception {
    SdpAnswer answer = SdpAnswer.parse(SdpFixtures.bytes("answer-to-bridge-pcma.sdp"));

    assertThat(answer.audio()).map(AudioStream::port).contains(36000);
    assertThat(answer.toBytes()).isEqualTo(SdpFixtures.bytes("answer-to-bridge-pcma.sdp"));
    assertThat(answer).isEqualTo(SdpAnswer.parse(SdpFixtures.bytes("answer-to-bridge-pcma.sdp")));
  }

  @Test
  void treatsBrokenSdpOfTheBridgeItselfAsABug() throws Exception {
    SessionDescription broken = SessionDescription.parse(SdpFixtures.crlf(
        "v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4 RTP/AVP x\n"));

    assertThatThrownBy(() -> SdpAnswer.ours(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the bridge wrote invalid SDP: malformed SDP, m=audio: bad payload type 'x'");
  }
}
