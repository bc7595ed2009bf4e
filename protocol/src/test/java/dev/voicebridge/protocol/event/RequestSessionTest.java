package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestSessionTest {

  @Test
  void writesOnlyTheFieldsThatWereSet() {
    RequestSession session =
        RequestSession.builder()
            .instructions("Be brief.")
            .outputAudioFormat(OutputAudioFormat.G711_ULAW)
            .build();

    assertThat(VoiceLiveJson.toJson(session))
        .isEqualTo("{\"instructions\":\"Be brief.\",\"output_audio_format\":\"g711_ulaw\"}");
  }

  @Test
  void writesAClearedSettingAsAnExplicitNull() {
    RequestSession session = RequestSession.builder().clearTurnDetection().build();

    assertThat(VoiceLiveJson.toJson(ClientEventSessionUpdate.of(session)))
        .isEqualTo("{\"type\":\"session.update\",\"session\":{\"turn_detection\":null}}");
    assertThat(session.isExplicitNull("turn_detection")).isTrue();
  }

  @Test
  void writesANullPassedToASetterAsAnExplicitNull() {
    RequestSession session = RequestSession.builder().inputAudioTranscription(null).build();

    assertThat(VoiceLiveJson.toJson(session)).isEqualTo("{\"input_audio_transcription\":null}");
  }

  @Test
  void leavesOutAFieldThatWasUnset() {
    RequestSession session =
        RequestSession.builder()
            .clearInputAudioNoiseReduction()
            .unset("input_audio_noise_reduction")
            .build();

    assertThat(VoiceLiveJson.toJson(session)).isEqualTo("{}");
    assertThat(session.isSet("input_audio_noise_reduction")).isFalse();
  }

  @Test
  void readsAbsentAndNullFieldsDifferently() throws Exception {
    RequestSession session =
        VoiceLiveJson.mapper()
            .readValue("{\"input_audio_echo_cancellation\":null}", RequestSession.class);

    assertThat(session.isExplicitNull("input_audio_echo_cancellation")).isTrue();
    assertThat(session.isSet("input_audio_noise_reduction")).isFalse();
    assertThat(session.fieldNames()).containsExactly("input_audio_echo_cancellation");
  }

  @Test
  void returnsTypedValuesFromItsGetters() {
    ServerVad vad = ServerVad.builder().threshold(0.6).silenceDurationMs(400).build();
    RequestSession session =
        RequestSession.builder()
            .turnDetection(vad)
            .modalities(List.of(Modality.TEXT, Modality.AUDIO))
            .voice(OpenAIVoice.of(OpenAIVoiceName.ALLOY))
            .maxResponseOutputTokens(MaxOutputTokens.INF)
            .build();

    assertThat(session.turnDetection()).isEqualTo(vad);
    assertThat(session.modalities()).containsExactly(Modality.TEXT, Modality.AUDIO);
    assertThat(session.voice()).isEqualTo(OpenAIVoice.of(OpenAIVoiceName.ALLOY));
    assertThat(session.maxResponseOutputTokens()).isSameAs(MaxOutputTokens.INF);
    assertThat(session.instructions()).isNull();
  }

  @Test
  void keepsFieldOrderThroughToBuilder() {
    RequestSession session =
        RequestSession.builder().temperature(0.8).instructions("Hi.").clearTurnDetection().build();

    RequestSession copy = session.toBuilder().instructions("Hello.").build();

    assertThat(copy.fieldNames()).containsExactly("temperature", "instructions", "turn_detection");
    assertThat(copy.instructions()).isEqualTo("Hello.");
    assertThat(session.instructions()).isEqualTo("Hi.");
  }

  @Test
  void writesAdditionalPropertiesAsGiven() {
    RequestSession session =
        RequestSession.builder().additionalProperty("preview_knob", IntNode.valueOf(3)).build();

    assertThat(VoiceLiveJson.toJson(session)).isEqualTo("{\"preview_knob\":3}");
    assertThat(session.additionalProperties()).containsEntry("preview_knob", IntNode.valueOf(3));
  }

  @Test
  void equalsASessionWithTheSameFields() {
    assertThat(RequestSession.builder().clearTurnDetection().build())
        .isEqualTo(RequestSession.builder().turnDetection(null).build())
        .isNotEqualTo(RequestSession.builder().build());
  }

  @Test
  void doesNotChangeWhenTheListItWasGivenChanges() {
    List<Modality> modalities = new java.util.ArrayList<>(List.of(Modality.TEXT));
    RequestSession session = RequestSession.builder().modalities(modalities).build();

    modalities.add(Modality.AUDIO);

    assertThat(session.modalities()).containsExactly(Modality.TEXT);
  }
}
