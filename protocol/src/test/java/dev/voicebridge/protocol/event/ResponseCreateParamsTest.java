package dev.voicebridge.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseCreateParamsTest {

  @Test
  void writesTheDigestExampleOfResponseCreate() {
    ResponseCreateParams params =
        ResponseCreateParams.builder()
            .modalities(List.of(Modality.TEXT, Modality.AUDIO))
            .instructions("Greet the caller.")
            .voice(OpenAIVoice.of(OpenAIVoiceName.ALLOY))
            .outputAudioFormat(OutputAudioFormat.PCM16)
            .temperature(0.7)
            .maxResponseOutputTokens(MaxOutputTokens.of(1000))
            .build();

    assertThat(VoiceLiveJson.toJson(ClientEventResponseCreate.of(params)))
        .isEqualTo(
            "{\"type\":\"response.create\",\"response\":{\"modalities\":[\"text\",\"audio\"],"
                + "\"instructions\":\"Greet the caller.\","
                + "\"voice\":{\"type\":\"openai\",\"name\":\"alloy\"},"
                + "\"output_audio_format\":\"pcm16\",\"temperature\":0.7,"
                + "\"max_response_output_tokens\":1000}}");
  }

  @Test
  void writesAnExplicitlyNulledFieldAsNull() {
    ResponseCreateParams params = ResponseCreateParams.builder().tools(null).build();

    assertThat(VoiceLiveJson.toJson(params)).isEqualTo("{\"tools\":null}");
    assertThat(params.isExplicitNull("tools")).isTrue();
  }

  @Test
  void readsThePreGeneratedAssistantMessage() throws Exception {
    ResponseCreateParams params =
        VoiceLiveJson.mapper()
            .readValue(
                "{\"pre_generated_assistant_message\":{\"type\":\"message\",\"role\":\"assistant\","
                    + "\"content\":[{\"type\":\"text\",\"text\":\"Hello!\"}]}}",
                ResponseCreateParams.class);

    assertThat(params.preGeneratedAssistantMessage().content())
        .containsExactly(new OutputTextContentPart("Hello!"));
  }
}
