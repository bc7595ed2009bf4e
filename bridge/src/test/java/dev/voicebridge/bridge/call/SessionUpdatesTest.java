package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.voicebridge.bridge.config.AudioFormat;
import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.CallConfig;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.config.ConfigLoader;
import dev.voicebridge.bridge.config.SessionConfig;
import dev.voicebridge.bridge.config.TranscriptionConfig;
import dev.voicebridge.bridge.config.TurnDetectionConfig;
import dev.voicebridge.bridge.config.VoiceConfig;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionUpdatesTest {
  /** The example shipped in deploy/, relative to the bridge module where tests run. */
  private static final Path EXAMPLE = Path.of("..", "deploy", "config.example.yaml");

  /** The {@code session} object of the event built for a profile, as the service receives it. */
  private static JsonNode session(CallProfile profile, G711Law law) throws Exception {
    JsonNode event = VoiceLiveJson.mapper()
        .readTree(VoiceLiveJson.toJson(SessionUpdates.of(profile, law)));
    assertThat(event.path("type").asText()).isEqualTo("session.update");
    return event.path("session");
  }

  private static JsonNode session(UnaryOperator<SessionConfig.Builder> settings) throws Exception {
    SessionConfig config = settings.apply(SessionConfig.newBuilder()).build();
    return session(new CallProfile("test", CallConfig.DEFAULTS, config), G711Law.ULAW);
  }

  private static JsonNode session(AudioFormat format, G711Law law) throws Exception {
    CallConfig call = CallConfig.newBuilder().audioFormat(format).build();
    return session(new CallProfile("test", call, SessionConfig.DEFAULTS), law);
  }

  private static JsonNode turnDetection(String type) throws Exception {
    TurnDetectionConfig turn = new TurnDetectionConfig(type, 0.7, Duration.ofMillis(250),
        Duration.ofMillis(800), false, false);
    return session(s -> s.turnDetection(turn)).path("turn_detection");
  }

  private static JsonNode json(String text) throws Exception {
    return VoiceLiveJson.mapper().readTree(text);
  }

  @Test
  void mapsTheShippedExampleToEveryDefaultSetting() throws Exception {
    CallProfile profile = ConfigLoader.load(EXAMPLE, Map.of()).defaultProfile();

    assertThat(session(profile, G711Law.ULAW)).isEqualTo(json("""
        {"voice": {"type": "openai", "name": "alloy"},
         "instructions": "%s",
         "input_audio_sampling_rate": 24000,
         "input_audio_format": "pcm16",
         "output_audio_format": "pcm16",
         "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300,
             "silence_duration_ms": 500, "create_response": true, "interrupt_response": true},
         "input_audio_noise_reduction": {"type": "azure_deep_noise_suppression"},
         "input_audio_echo_cancellation": {"type": "server_echo_cancellation"},
         "temperature": 0.8}
        """.formatted(SessionConfig.DEFAULT_INSTRUCTIONS)));
  }

  @Test
  void appliesANumberProfilesOverridesReadFromYaml(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bridge.yaml");
    Files.writeString(file, """
        profiles:
          - name: london
            match:
              prefix: "+4420"
            voice:
              type: azure-standard
              name: en-GB-Sonia:DragonHDLatestNeural
            turn-detection:
              type: azure_semantic_vad
            transcription:
              model: azure-speech
              language: en-GB
        """);
    CallProfile profile = ConfigLoader.load(file, Map.of()).profileFor("+442079460000");

    JsonNode session = session(profile, G711Law.ULAW);

    assertThat(session.path("voice"))
        .isEqualTo(json("{\"type\": \"azure-standard\", "
            + "\"name\": \"en-GB-Sonia:DragonHDLatestNeural\"}"));
    assertThat(session.path("turn_detection").path("type").asText())
        .isEqualTo("azure_semantic_vad");
    assertThat(session.path("input_audio_transcription"))
        .isEqualTo(json("{\"model\": \"azure-speech\", \"language\": \"en-GB\"}"));
  }

  static Stream<Arguments> audioFormats() {
    return Stream.of(
        arguments("pcm16 24 kHz", AudioFormat.PCM16_24K, G711Law.ULAW, "pcm16", 24_000, "pcm16"),
        arguments("pcm16 16 kHz", AudioFormat.PCM16_16K, G711Law.ALAW, "pcm16", 16_000,
            "pcm16_16000hz"),
        arguments("g711 with a μ-law caller", AudioFormat.G711, G711Law.ULAW, "g711_ulaw", null,
            "g711_ulaw"),
        arguments("g711 with an A-law caller", AudioFormat.G711, G711Law.ALAW, "g711_alaw", null,
            "g711_alaw"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("audioFormats")
  void mapsTheAudioFormatAndTheCallersLaw(String name, AudioFormat format, G711Law law,
      String input, Integer rate, String output) throws Exception {
    JsonNode session = session(format, law);

    assertThat(session.path("input_audio_format").asText()).isEqualTo(input);
    assertThat(session.path("output_audio_format").asText()).isEqualTo(output);
    if (rate == null) {
      // G.711 is always 8 kHz; the service's default for it needs no rate.
      assertThat(session.has("input_audio_sampling_rate")).isFalse();
    } else {
      assertThat(session.path("input_audio_sampling_rate").asInt()).isEqualTo(rate);
    }
  }

  static Stream<Arguments> voices() {
    return Stream.of(
        arguments("openai", new VoiceConfig("openai", "marin", ""),
            "{\"type\": \"openai\", \"name\": \"marin\"}"),
        arguments("azure-standard",
            new VoiceConfig("azure-standard", "en-US-Ava:DragonHDLatestNeural", ""),
            "{\"type\": \"azure-standard\", \"name\": \"en-US-Ava:DragonHDLatestNeural\"}"),
        arguments("azure-custom", new VoiceConfig("azure-custom", "my-voice", "0b5c-42"),
            "{\"type\": \"azure-custom\", \"name\": \"my-voice\", \"endpoint_id\": \"0b5c-42\"}"),
        // The configuration has no model key for personal voices; the documented default goes.
        arguments("azure-personal", new VoiceConfig("azure-personal", "speaker-1", ""),
            "{\"type\": \"azure-personal\", \"name\": \"speaker-1\", "
                + "\"model\": \"DragonLatestNeural\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("voices")
  void mapsEachVoiceTypeWithTheFieldsItNeeds(String name, VoiceConfig voice, String expected)
      throws Exception {
    assertThat(session(s -> s.voice(voice)).path("voice")).isEqualTo(json(expected));
  }

  @ParameterizedTest
  @MethodSource("dev.voicebridge.bridge.call.SessionUpdatesTest#azureVadTypes")
  void mapsEveryVadSettingForTheVadTypesThatTakeThem(String type) throws Exception {
    assertThat(turnDetection(type)).isEqualTo(json("""
        {"type": "%s", "threshold": 0.7, "prefix_padding_ms": 250, "silence_duration_ms": 800,
         "create_response": false, "interrupt_response": false}
        """.formatted(type)));
  }

  static Stream<String> azureVadTypes() {
    return Stream.of("server_vad", "azure_semantic_vad", "azure_semantic_vad_en",
        "azure_semantic_vad_multilingual");
  }

  @Test
  void mapsOpenAiSemanticVadWithoutTheEnergySettingsItDoesNotTake() throws Exception {
    assertThat(turnDetection("semantic_vad")).isEqualTo(json(
        "{\"type\": \"semantic_vad\", \"create_response\": false, "
            + "\"interrupt_response\": false}"));
  }

  @Test
  void sendsAnExplicitNullTurnDetectionToTurnItOff() throws Exception {
    JsonNode session = session(s -> s.turnDetection(new TurnDetectionConfig("none",
        0.5, Duration.ofMillis(300), Duration.ofMillis(500), true, true)));

    assertThat(session.has("turn_detection")).isTrue();
    assertThat(session.get("turn_detection").isNull()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("dev.voicebridge.bridge.call.SessionUpdatesTest#noiseReductions")
  void mapsEachNoiseReductionType(String type) throws Exception {
    assertThat(session(s -> s.noiseReduction(type)).path("input_audio_noise_reduction"))
        .isEqualTo(json("{\"type\": \"" + type + "\"}"));
  }

  static Stream<String> noiseReductions() {
    return Stream.of("azure_deep_noise_suppression", "near_field", "far_field");
  }

  @Test
  void leavesNoiseReductionOutWhenNone() throws Exception {
    assertThat(session(s -> s.noiseReduction("none")).has("input_audio_noise_reduction"))
        .isFalse();
  }

  @Test
  void leavesEchoCancellationOutWhenDisabled() throws Exception {
    assertThat(session(s -> s.echoCancellation(false)).has("input_audio_echo_cancellation"))
        .isFalse();
  }

  @Test
  void mapsTranscriptionWithItsLanguage() throws Exception {
    JsonNode session =
        session(s -> s.transcription(new TranscriptionConfig("gpt-4o-transcribe", "en,de")));

    assertThat(session.path("input_audio_transcription"))
        .isEqualTo(json("{\"model\": \"gpt-4o-transcribe\", \"language\": \"en,de\"}"));
  }

  @Test
  void leavesTheLanguageOutSoTheServiceDetectsIt() throws Exception {
    JsonNode session = session(s -> s.transcription(new TranscriptionConfig("whisper-1", "")));

    assertThat(session.path("input_audio_transcription"))
        .isEqualTo(json("{\"model\": \"whisper-1\"}"));
  }

  @Test
  void leavesTranscriptionOutWithoutAModel() throws Exception {
    JsonNode session = session(s -> s.transcription(new TranscriptionConfig("", "en")));

    assertThat(session.has("input_audio_transcription")).isFalse();
  }

  @Test
  void mapsTemperatureAndTheTokenCap() throws Exception {
    JsonNode session =
        session(s -> s.temperature(1.1).maxResponseOutputTokens(OptionalInt.of(300)));

    assertThat(session.path("temperature").asDouble()).isEqualTo(1.1);
    assertThat(session.path("max_response_output_tokens").asInt()).isEqualTo(300);
  }

  @Test
  void leavesAnInfiniteTokenCapToTheServiceDefault() throws Exception {
    assertThat(session(s -> s.maxResponseOutputTokens(OptionalInt.empty()))
        .has("max_response_output_tokens")).isFalse();
  }

  @Test
  void sendsTheInstructions() throws Exception {
    assertThat(session(s -> s.instructions("Answer in French.")).path("instructions").asText())
        .isEqualTo("Answer in French.");
  }

  @Test
  void leavesInstructionsToTheAgentInAgentMode() throws Exception {
    CallProfile profile = BridgeConfig.DEFAULTS.profileFor("");

    JsonNode session = json(VoiceLiveJson.toJson(SessionUpdates.of(profile, G711Law.ULAW, true)))
        .get("session");

    assertThat(session.has("instructions")).isFalse();
    assertThat(session.get("voice").get("name").asText()).isEqualTo("alloy");
  }
}
