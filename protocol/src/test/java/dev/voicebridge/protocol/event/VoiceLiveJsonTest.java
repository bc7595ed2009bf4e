package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VoiceLiveJsonTest {

  @Test
  void returnsTheSameMapperEveryTime() {
    assertThat(VoiceLiveJson.mapper()).isSameAs(VoiceLiveJson.mapper());
  }

  @Test
  void parsesAServerEventFromUtf8Bytes() throws Exception {
    byte[] json =
        ("{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":\"e1\","
                + "\"audio_start_ms\":1000,\"item_id\":\"item_é\"}")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(VoiceLiveJson.parseServerEvent(json))
        .isEqualTo(new ServerEventInputAudioBufferSpeechStarted("e1", 1000, "item_é"));
  }

  @Test
  void parsesAClientEventFromText() throws Exception {
    assertThat(VoiceLiveJson.parseClientEvent("{\"type\":\"response.cancel\"}"))
        .isEqualTo(ClientEventResponseCancel.of());
  }

  @Test
  void keepsAnUnknownClientEventForTheLocalServer() throws Exception {
    ClientEvent event =
        VoiceLiveJson.parseClientEvent("{\"type\":\"input_text.preview\",\"delta\":\"Hel\"}");

    assertThat(event).isInstanceOf(UnknownClientEvent.class);
    assertThat(event.type()).isEqualTo("input_text.preview");
    assertThat(event.eventId()).isNull();
    assertThat(VoiceLiveJson.toJson(event))
        .isEqualTo("{\"type\":\"input_text.preview\",\"delta\":\"Hel\"}");
  }

  @Test
  void keepsAnEventWithoutTypeAsUnknown() throws Exception {
    ServerEvent event = VoiceLiveJson.parseServerEvent("{\"event_id\":\"e9\"}");

    assertThat(event).isInstanceOf(UnknownServerEvent.class);
    assertThat(event.type()).isNull();
    assertThat(event.eventId()).isEqualTo("e9");
  }

  @Test
  void rejectsAMessageThatIsNotAJsonObject() {
    assertThatThrownBy(() -> VoiceLiveJson.parseServerEvent("[1,2]"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageStartingWith("Expected a JSON object for");
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(
            () -> VoiceLiveJson.parseServerEvent("{\"type\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void rejectsAKnownEventWithAMalformedField() {
    assertThatThrownBy(
            () ->
                VoiceLiveJson.parseServerEvent(
                    "{\"type\":\"conversation.item.truncated\",\"audio_end_ms\":\"soon\"}"))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void leavesOutANullEventId() {
    assertThat(VoiceLiveJson.toJson(ClientEventInputAudioBufferCommit.of()))
        .isEqualTo("{\"type\":\"input_audio_buffer.commit\"}");
  }

  @Test
  void writesTheTypeFirstAndTheEventIdSecond() {
    String json = VoiceLiveJson.toJson(new ClientEventConversationItemDelete("evt_1", "item_1"));

    assertThat(json)
        .isEqualTo(
            "{\"type\":\"conversation.item.delete\","
                + "\"event_id\":\"evt_1\",\"item_id\":\"item_1\"}");
  }

  @Test
  void writesUtf8Bytes() {
    byte[] json = VoiceLiveJson.writeValueAsBytes(ClientEventConversationItemRetrieve.of("é"));

    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"conversation.item.retrieve\",\"item_id\":\"é\"}");
  }

  @Test
  void readsBase64AudioWithoutPadding() throws Exception {
    ServerEvent event =
        VoiceLiveJson.parseServerEvent(
            "{\"type\":\"response.audio.delta\",\"response_id\":\"r\",\"item_id\":\"i\","
                + "\"output_index\":0,\"content_index\":0,\"delta\":\"AAEC\"}");

    assertThat(((ServerEventResponseAudioDelta) event).delta()).containsExactly(0, 1, 2);
  }

  @Test
  void rejectsAValueThatIsNotAModelType() {
    assertThatThrownBy(() -> VoiceLiveJson.toJson(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write java.lang.Object");
  }

  @Test
  void warmUpPreparesEveryPermittedEventTypeAndCanRunAgain() {
    int expected = concreteEventTypes(ServerEvent.class) + concreteEventTypes(ClientEvent.class);

    assertThat(expected).isGreaterThan(80);
    assertThat(VoiceLiveJson.warmUp()).isEqualTo(expected);
    assertThat(VoiceLiveJson.warmUp()).isEqualTo(expected);
  }

  private static int concreteEventTypes(Class<?> sealed) {
    int n = 0;
    for (Class<?> type : sealed.getPermittedSubclasses()) {
      n += type.isSealed() ? concreteEventTypes(type) : 1;
    }
    return n;
  }
}
