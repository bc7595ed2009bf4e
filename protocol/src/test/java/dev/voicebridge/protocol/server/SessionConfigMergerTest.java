package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionConfigMergerTest {

  private static JsonNode json(String text) {
    try {
      return ServerJson.MAPPER.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static SessionConfig merge(SessionConfig current, String update) {
    return SessionConfigMerger.merge(current, json(update));
  }

  @Test
  void defaultsAreTheServiceDefaults() {
    SessionConfig config = SessionConfig.defaults();

    assertThat(config.json())
        .isEqualTo(
            json(
                "{'modalities':['text','audio'],'instructions':'',"
                    + "'voice':{'type':'openai','name':'alloy'},"
                    + "'input_audio_format':'pcm16','output_audio_format':'pcm16',"
                    + "'input_audio_sampling_rate':24000,"
                    + "'turn_detection':{'type':'server_vad','threshold':0.5,"
                    + "'prefix_padding_ms':300,'silence_duration_ms':500,"
                    + "'create_response':true,'interrupt_response':true},"
                    + "'input_audio_noise_reduction':null,'input_audio_echo_cancellation':null,"
                    + "'input_audio_transcription':null,'tools':[],'tool_choice':'auto',"
                    + "'temperature':0.8,'max_response_output_tokens':'inf'}"));
    assertThat(config.turnDetection()).isEqualTo(TurnDetection.serverVadDefaults());
  }

  @Test
  void fieldsLeftOutKeepTheirValues() {
    SessionConfig first = merge(SessionConfig.defaults(), "{'instructions':'Be brief.'}");

    SessionConfig second = merge(first, "{'temperature':1.0}");

    assertThat(second.json().get("instructions").asText()).isEqualTo("Be brief.");
    assertThat(second.json().get("temperature").asDouble()).isEqualTo(1.0);
    assertThat(second.outputFormat()).isEqualTo(OutputFormat.PCM16);
  }

  @Test
  void explicitNullTurnDetectionTurnsVadOff() {
    SessionConfig config = merge(SessionConfig.defaults(), "{'turn_detection':null}");

    assertThat(config.turnDetection()).isNull();
    assertThat(config.json().get("turn_detection").isNull()).isTrue();
  }

  @Test
  void explicitNullOnAFieldWithADefaultRestoresTheDefault() {
    SessionConfig g711 = merge(SessionConfig.defaults(), "{'output_audio_format':'g711_ulaw'}");

    SessionConfig config = merge(g711, "{'output_audio_format':null}");

    assertThat(config.outputFormat()).isEqualTo(OutputFormat.PCM16);
  }

  @Test
  void turnDetectionOfTheSameTypeIsUpdatedFieldByField() {
    SessionConfig config =
        merge(SessionConfig.defaults(), "{'turn_detection':{'silence_duration_ms':800}}");

    assertThat(config.turnDetection())
        .isEqualTo(new TurnDetection("server_vad", 0.5, 300, 800, 0, true, true, false));
  }

  @Test
  void turnDetectionAfterVadWasOffStartsFromDefaults() {
    SessionConfig off = merge(SessionConfig.defaults(), "{'turn_detection':null}");

    SessionConfig config =
        merge(
            off,
            "{'turn_detection':{'type':'azure_semantic_vad','speech_duration_ms':80,"
                + "'interrupt_response':false}}");

    assertThat(config.turnDetection())
        .isEqualTo(new TurnDetection("azure_semantic_vad", 0.5, 300, 500, 80, true, false, false));
  }

  @Test
  void g711InputTakesEightKilohertzAndPcm16TakesItsDefaultBack() {
    SessionConfig g711 = merge(SessionConfig.defaults(), "{'input_audio_format':'g711_alaw'}");
    SessionConfig pcm = merge(g711, "{'input_audio_format':'pcm16'}");
    SessionConfig pcm16k = merge(pcm, "{'input_audio_sampling_rate':16000}");

    assertThat(g711.inputRate()).isEqualTo(8000);
    assertThat(pcm.inputRate()).isEqualTo(24000);
    assertThat(pcm16k.inputFormat()).isEqualTo(InputFormat.PCM16);
    assertThat(pcm16k.inputRate()).isEqualTo(16000);
  }

  @Test
  void hyphenatedOutputFormatsAreAcceptedAndEchoedWithUnderscores() {
    SessionConfig config =
        merge(SessionConfig.defaults(), "{'output_audio_format':'pcm16-8000hz'}");

    assertThat(config.outputFormat()).isEqualTo(OutputFormat.PCM16_8000HZ);
    assertThat(config.json().get("output_audio_format").asText()).isEqualTo("pcm16_8000hz");
  }

  @Test
  void unknownFieldsArePassedThroughAndModelIsIgnored() {
    SessionConfig config =
        merge(SessionConfig.defaults(), "{'model':'other','avatar':{'character':'lisa'}}");

    assertThat(config.json().get("avatar")).isEqualTo(json("{'character':'lisa'}"));
    assertThat(config.json().has("model")).isFalse();
  }

  @Test
  void azureVoiceSettingsAreKeptAndEchoed() {
    String voice =
        "{'type':'azure-standard','name':'en-US-Ava:DragonHDLatestNeural','temperature':0.7,"
            + "'locale':'en-US','prefer_locales':['en-GB'],'style':'cheerful','pitch':'+5%',"
            + "'rate':'1.1','volume':'+10','custom_lexicon_url':'https://contoso.com/lex.xml'}";

    SessionConfig config = merge(SessionConfig.defaults(), "{'voice':" + voice + "}");

    assertThat(config.json().get("voice")).isEqualTo(json(voice));
  }

  @Test
  void optionalTurnDetectionSettingsAreKeptAndEchoed() {
    String vad =
        "{'type':'azure_semantic_vad','threshold':0.5,'prefix_padding_ms':300,"
            + "'silence_duration_ms':500,'create_response':true,'interrupt_response':true,"
            + "'speech_duration_ms':80,'remove_filler_words':true,'languages':['en','es'],"
            + "'end_of_utterance_detection':{'model':'semantic_detection_v1',"
            + "'threshold_level':'low','timeout_ms':2000}}";

    SessionConfig config = merge(SessionConfig.defaults(), "{'turn_detection':" + vad + "}");

    assertThat(config.json().get("turn_detection")).isEqualTo(json(vad));
    assertThat(config.turnDetection().speechDurationMs()).isEqualTo(80);
  }

  @Test
  void semanticVadEagernessIsKeptAndEchoed() {
    SessionConfig config =
        merge(
            SessionConfig.defaults(),
            "{'turn_detection':{'type':'semantic_vad','eagerness':'high'}}");

    assertThat(config.json().get("turn_detection").get("eagerness").asText()).isEqualTo("high");
    assertThat(config.turnDetection().type()).isEqualTo("semantic_vad");
  }

  @Test
  void rejectedUpdateLeavesTheCurrentConfigurationUntouched() {
    SessionConfig current = SessionConfig.defaults();
    String before = current.json().toString();

    assertThatThrownBy(() -> merge(current, "{'instructions':'x','temperature':5}"))
        .isInstanceOf(ClientRequestException.class);
    assertThat(current.json().toString()).isEqualTo(before);
  }

  static Stream<Arguments> invalidUpdates() {
    return Stream.of(
        Arguments.of("session not an object", "[]", "session"),
        Arguments.of(
            "unknown input format",
            "{'session':{'input_audio_format':'opus'}}",
            "session.input_audio_format"),
        Arguments.of(
            "input format of wrong type",
            "{'session':{'input_audio_format':16}}",
            "session.input_audio_format"),
        Arguments.of(
            "pcm16 at 8 kHz",
            "{'session':{'input_audio_sampling_rate':8000}}",
            "session.input_audio_sampling_rate"),
        Arguments.of(
            "g711 at 16 kHz",
            "{'session':{'input_audio_format':'g711_ulaw','input_audio_sampling_rate':16000}}",
            "session.input_audio_sampling_rate"),
        Arguments.of(
            "rate as a string",
            "{'session':{'input_audio_sampling_rate':'24000'}}",
            "session.input_audio_sampling_rate"),
        Arguments.of(
            "unknown output format",
            "{'session':{'output_audio_format':'mp3'}}",
            "session.output_audio_format"),
        Arguments.of(
            "temperature too high", "{'session':{'temperature':1.5}}", "session.temperature"),
        Arguments.of(
            "temperature too low", "{'session':{'temperature':0.1}}", "session.temperature"),
        Arguments.of(
            "temperature as a string", "{'session':{'temperature':'hot'}}", "session.temperature"),
        Arguments.of(
            "negative silence",
            "{'session':{'turn_detection':{'silence_duration_ms':-1}}}",
            "session.turn_detection.silence_duration_ms"),
        Arguments.of(
            "threshold of one",
            "{'session':{'turn_detection':{'threshold':1.0}}}",
            "session.turn_detection.threshold"),
        Arguments.of(
            "negative threshold",
            "{'session':{'turn_detection':{'threshold':-0.1}}}",
            "session.turn_detection.threshold"),
        Arguments.of(
            "threshold as a string",
            "{'session':{'turn_detection':{'threshold':'high'}}}",
            "session.turn_detection.threshold"),
        Arguments.of(
            "unknown vad type",
            "{'session':{'turn_detection':{'type':'magic'}}}",
            "session.turn_detection.type"),
        Arguments.of(
            "turn detection as a string",
            "{'session':{'turn_detection':'on'}}",
            "session.turn_detection"),
        Arguments.of(
            "create_response as a string",
            "{'session':{'turn_detection':{'create_response':'yes'}}}",
            "session.turn_detection.create_response"),
        Arguments.of("modalities empty", "{'session':{'modalities':[]}}", "session.modalities"),
        Arguments.of(
            "unknown modality", "{'session':{'modalities':['smell']}}", "session.modalities"),
        Arguments.of(
            "voice without name", "{'session':{'voice':{'type':'openai'}}}", "session.voice.name"),
        Arguments.of(
            "too many tokens",
            "{'session':{'max_response_output_tokens':5000}}",
            "session.max_response_output_tokens"),
        Arguments.of("tools not an array", "{'session':{'tools':{}}}", "session.tools"),
        Arguments.of(
            "instructions as a number", "{'session':{'instructions':3}}", "session.instructions"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUpdates")
  void invalidValueIsRejectedNamingTheField(String name, String event, String param) {
    JsonNode session = json(event).get("session");

    assertThatThrownBy(() -> SessionConfigMerger.merge(SessionConfig.defaults(), session))
        .isInstanceOfSatisfying(
            ClientRequestException.class,
            e -> {
              assertThat(e.type()).isEqualTo("invalid_request_error");
              assertThat(e.code()).isEqualTo("invalid_value");
              assertThat(e.param()).isEqualTo(param);
              assertThat(e.getMessage()).startsWith("Invalid '" + param + "': ");
            });
  }
}
