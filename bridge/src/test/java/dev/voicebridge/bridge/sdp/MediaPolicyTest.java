package dev.voicebridge.bridge.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaPolicyTest {

  @Test
  void defaultsToPcmuThenPcmaAtTwentyMillisecondsWithDtmfOn101() {
    MediaPolicy policy = MediaPolicy.defaults();

    assertThat(policy.codecPreference()).containsExactly(G711Codec.PCMU, G711Codec.PCMA);
    assertThat(policy.ptimeMs()).isEqualTo(20);
    assertThat(policy.telephoneEvent()).isTrue();
    assertThat(policy.telephoneEventPayloadType()).isEqualTo(101);
  }

  @Test
  void buildsAPolicyFromItsSettings() {
    MediaPolicy policy = MediaPolicy.newBuilder().codecPreference(List.of(G711Codec.PCMA))
        .ptimeMs(30).telephoneEvent(false).telephoneEventPayloadType(96).build();

    assertThat(policy).isEqualTo(new MediaPolicy(List.of(G711Codec.PCMA), 30, false, 96));
  }

  @Test
  void refusesSettingsOutOfRange() {
    assertThatThrownBy(() -> MediaPolicy.newBuilder().codecPreference(List.of()).build())
        .hasMessage("codec preference must list PCMU and/or PCMA once each: []");
    assertThatThrownBy(() -> MediaPolicy.newBuilder()
        .codecPreference(List.of(G711Codec.PCMU, G711Codec.PCMU)).build())
        .hasMessage("codec preference must list PCMU and/or PCMA once each: [PCMU, PCMU]");
    assertThatThrownBy(() -> MediaPolicy.newBuilder().ptimeMs(25).build())
        .hasMessage("ptime must be a multiple of 10 in 10-60 ms: 25");
    assertThatThrownBy(() -> MediaPolicy.newBuilder().ptimeMs(70).build())
        .hasMessage("ptime must be a multiple of 10 in 10-60 ms: 70");
    assertThatThrownBy(() -> MediaPolicy.newBuilder().telephoneEventPayloadType(8).build())
        .hasMessage("telephone-event payload type must be dynamic (96-127): 8");
  }
}
