package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientEventInputAudioBufferAppendTest {

  @Test
  void writesTheAudioAsPaddedBase64() {
    ClientEventInputAudioBufferAppend append =
        ClientEventInputAudioBufferAppend.of(new byte[] {0, 1, 2, 3});

    assertThat(VoiceLiveJson.toJson(append))
        .isEqualTo("{\"type\":\"input_audio_buffer.append\",\"audio\":\"AAECAw==\"}");
  }

  @Test
  void equalsAnEventWithTheSameAudioInAnotherArray() {
    assertThat(ClientEventInputAudioBufferAppend.of(new byte[] {7, 8}))
        .isEqualTo(ClientEventInputAudioBufferAppend.of(new byte[] {7, 8}))
        .hasSameHashCodeAs(ClientEventInputAudioBufferAppend.of(new byte[] {7, 8}))
        .isNotEqualTo(ClientEventInputAudioBufferAppend.of(new byte[] {7, 9}));
  }

  @Test
  void showsTheAudioLengthInsteadOfTheBytes() {
    assertThat(ClientEventInputAudioBufferAppend.of(new byte[160]).toString())
        .isEqualTo("ClientEventInputAudioBufferAppend[eventId=null, audio=160 bytes]");
  }
}
