package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerEventResponseAudioDeltaTest {

  @Test
  void decodesTheDeltaFromBase64() throws Exception {
    ServerEvent event =
        VoiceLiveJson.parseServerEvent(
            "{\"type\":\"response.audio.delta\",\"event_id\":\"e\",\"response_id\":\"r\","
                + "\"item_id\":\"i\",\"output_index\":1,\"content_index\":2,"
                + "\"delta\":\"/wB/gA==\"}");

    assertThat(event)
        .isEqualTo(
            new ServerEventResponseAudioDelta(
                "e", "r", "i", 1, 2, new byte[] {(byte) 0xff, 0, 0x7f, (byte) 0x80}));
  }

  @Test
  void writesWhatTheLocalServerSends() {
    ServerEventResponseAudioDelta delta =
        ServerEventResponseAudioDelta.of("r", "i", 0, 0, new byte[] {1, 2, 3});

    assertThat(VoiceLiveJson.toJson(delta))
        .isEqualTo(
            "{\"type\":\"response.audio.delta\",\"response_id\":\"r\",\"item_id\":\"i\","
                + "\"output_index\":0,\"content_index\":0,\"delta\":\"AQID\"}");
  }
}
