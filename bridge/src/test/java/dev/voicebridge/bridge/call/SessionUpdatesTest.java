package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.voicebridge.bridge.config.AudioFormat;
import dev.voicebridge.bridge.config.AzureVoiceSettings;
import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.CallConfig;
import dev.voicebridge.bridge.config.CallProfile;
import dev.voicebridge.bridge.config.ConfigLoader;
import dev.voicebridge.bridge.config.EndOfUtteranceConfig;
import dev.voicebridge.bridge.config.SessionConfig;
import dev.voicebridge.bridge.config.TranscriptionConfig;
import dev.voicebridge.bridge.config.TurnDetectionConfig;
import dev.voicebridge.bridge.config.VoiceConfig;
import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.protocol.event.VoiceLiveJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  private static final AzureVoiceSettings EVERY_AZURE_SETTING = new AzureVoiceSettings(
      OptionalDouble.of(0.7), Optional.of("en-US"), List.of("en-GB", "de-DE"),
      Optional.of("cheerful"), Optional.of("+5%"), Optional.of("1.1"), Optional.of("+10"),
      Optional.of("https://contoso.com/lexicon.xml"));

  @Test
  void mapsEveryAzureSettingOfAStandardVoice() throws Exception {
    VoiceConfig voice = new VoiceConfig("azure-standard", "en-US-Ava:DragonHDLatestNeural", "",
        EVERY_AZURE_SETTING);

    assertThat(session(s -> s.voice(voice)).path("voice")).isEqualTo(json("""
        {"type": "azure-standard", "name": "en-US-Ava:DragonHDLatestNeural",
         "temperature": 0.7, "locale": "en-US", "prefer_locales": ["en-GB", "de-DE"],
         "style": "cheerful", "pitch": "+5%", "rate": "1.1", "volume": "+10",
         "custom_lexicon_url": "https://contoso.com/lexicon.xml"}
        """));
  }

  @Test
  void mapsEveryAzureSettingOfACustomVoice() throws Exception {
    VoiceConfig voice = new VoiceConfig("azure-custom", "my-voice", "0b5c-42", EVERY_AZURE_SETTING);

    assertThat(session(s -> s.voice(voice)).path("voice")).isEqualTo(json("""
        {"type": "azure-custom", "name": "my-voice", "endpoint_id": "0b5c-42",
         "temperature": 0.7, "locale": "en-US", "prefer_locales": ["en-GB", "de-DE"],
         "style": "cheerful", "pitch": "+5%", "rate": "1.1", "volume": "+10",
         "custom_lexicon_url": "https://contoso.com/lexicon.xml"}
        """));
  }

  @Test
  void mapsEveryAzureSettingButStyleOfAPersonalVoice() throws Exception {
    AzureVoiceSettings settings = new AzureVoiceSettings(OptionalDouble.of(0.2),
        Optional.of("de-DE"), List.of("de-AT"), Optional.empty(), Optional.of("-2st"),
        Optional.of("slow"), Optional.of("loud"), Optional.of("https://contoso.com/lex.xml"));
    VoiceConfig voice = new VoiceConfig("azure-personal", "speaker-1", "", settings);

    assertThat(session(s -> s.voice(voice)).path("voice")).isEqualTo(json("""
        {"type": "azure-personal", "name": "speaker-1", "model": "DragonLatestNeural",
         "temperature": 0.2, "locale": "de-DE", "prefer_locales": ["de-AT"],
         "pitch": "-2st", "rate": "slow", "volume": "loud",
         "custom_lexicon_url": "https://contoso.com/lex.xml"}
        """));
  }

  @Test
  void sendsOnlyTheAzureSettingsThatAreSet() throws Exception {
    AzureVoiceSettings settings = new AzureVoiceSettings(OptionalDouble.empty(),
        Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.of("0.9"),
        Optional.empty(), Optional.empty());
    VoiceConfig voice = new VoiceConfig("azure-standard", "v", "", settings);

    assertThat(session(s -> s.voice(voice)).path("voice"))
        .isEqualTo(json("{\"type\": \"azure-standard\", \"name\": \"v\", \"rate\": \"0.9\"}"));
  }

  private static TurnDetectionConfig withOptionalSettings(String type, List<String> languages,
      String eouModel) {
    return new TurnDetectionConfig(type, 0.7, Duration.ofMillis(250), Duration.ofMillis(800),
        false, false, Optional.of(Duration.ofMillis(120)),
        type.equals("server_vad") ? Optional.empty() : Optional.of(true), languages,
        Optional.of(new EndOfUtteranceConfig(eouModel, Optional.of("high"),
            Optional.of(Duration.ofMillis(1500)))),
        Optional.empty());
  }

  static Stream<Arguments> optionalTurnDetectionSettings() {
    return Stream.of(
        arguments("server_vad", List.of(), "semantic_detection_v1",
            "\"speech_duration_ms\": 120"),
        arguments("azure_semantic_vad", List.of("en", "es"), "semantic_detection_v1",
            "\"speech_duration_ms\": 120, \"remove_filler_words\": true,"
                + " \"languages\": [\"en\", \"es\"]"),
        arguments("azure_semantic_vad_en", List.of(), "semantic_detection_v1_en",
            "\"speech_duration_ms\": 120, \"remove_filler_words\": true"),
        arguments("azure_semantic_vad_multilingual", List.of("de", "fr"),
            "semantic_detection_v1_multilingual",
            "\"speech_duration_ms\": 120, \"remove_filler_words\": true,"
                + " \"languages\": [\"de\", \"fr\"]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionalTurnDetectionSettings")
  void mapsTheOptionalTurnDetectionSettingsEachTypeTakes(String type, List<String> languages,
      String eouModel, String fields) throws Exception {
    TurnDetectionConfig turn = withOptionalSettings(type, languages, eouModel);

    assertThat(session(s -> s.turnDetection(turn)).path("turn_detection")).isEqualTo(json("""
        {"type": "%s", "threshold": 0.7, "prefix_padding_ms": 250, "silence_duration_ms": 800,
         "create_response": false, "interrupt_response": false, %s,
         "end_of_utterance_detection": {"model": "%s", "threshold_level": "high",
             "timeout_ms": 1500}}
        """.formatted(type, fields, eouModel)));
  }

  @Test
  void mapsTheEagernessOfSemanticVad() throws Exception {
    TurnDetectionConfig turn = new TurnDetectionConfig("semantic_vad", 0.5,
        Duration.ofMillis(300), Duration.ofMillis(500), true, true, Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), Optional.of("low"));

    assertThat(session(s -> s.turnDetection(turn)).path("turn_detection")).isEqualTo(json(
        "{\"type\": \"semantic_vad\", \"eagerness\": \"low\", \"create_response\": true, "
            + "\"interrupt_response\": true}"));
  }

  @Test
  void sendsAnEndOfUtteranceDetectionWithOnlyItsModelWhenNothingElseIsSet() throws Exception {
    TurnDetectionConfig turn = new TurnDetectionConfig("server_vad", 0.5,
        Duration.ofMillis(300), Duration.ofMillis(500), true, true, Optional.empty(),
        Optional.empty(), List.of(), Optional.of(new EndOfUtteranceConfig(
            "semantic_detection_v1", Optional.empty(), Optional.empty())), Optional.empty());

    assertThat(session(s -> s.turnDetection(turn)).path("turn_detection")
        .path("end_of_utterance_detection"))
        .isEqualTo(json("{\"model\": \"semantic_detection_v1\"}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"server_vad", "azure_semantic_vad", "azure_semantic_vad_en",
      "azure_semantic_vad_multilingual", "semantic_vad"})
  void neverAsksTheServiceToTruncateOnBargeIn(String type) throws Exception {
    // The bridge truncates the interrupted item itself, to the audio the caller heard.
    TurnDetectionConfig turn = type.equals("semantic_vad")
        ? new TurnDetectionConfig(type, 0.5, Duration.ZERO, Duration.ofMillis(500), true, true)
        : withOptionalSettings(type, List.of(), "semantic_detection_v1");

    assertThat(session(s -> s.turnDetection(turn)).path("turn_detection").has("auto_truncate"))
        .isFalse();
  }

  @Test
  void mapsTheVoiceAndTurnDetectionSettingsOfAProfileReadFromYaml(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("bridge.yaml");
    Files.writeString(file, """
        session:
          voice:
            type: azure-standard
            name: en-US-Ava:DragonHDLatestNeural
            style: cheerful
          turn-detection:
            type: azure_semantic_vad
            remove-filler-words: true
        profiles:
          - name: berlin
            match:
              prefix: "+4930"
            voice:
              name: de-DE-Seraphina:DragonHDLatestNeural
              locale: de-DE
              rate: "0.9"
            turn-detection:
              languages: [de]
              end-of-utterance-detection:
                model: semantic_detection_v1_multilingual
                timeout: 2s
        """);
    CallProfile profile = ConfigLoader.load(file, Map.of()).profileFor("+49301234");

    JsonNode session = session(profile, G711Law.ALAW);

    assertThat(session.path("voice")).isEqualTo(json("""
        {"type": "azure-standard", "name": "de-DE-Seraphina:DragonHDLatestNeural",
         "style": "cheerful", "locale": "de-DE", "rate": "0.9"}
        """));
    assertThat(session.path("turn_detection")).isEqualTo(json("""
        {"type": "azure_semantic_vad", "threshold": 0.5, "prefix_padding_ms": 300,
         "silence_duration_ms": 500, "create_response": true, "interrupt_response": true,
         "remove_filler_words": true, "languages": ["de"],
         "end_of_utterance_detection": {"model": "semantic_detection_v1_multilingual",
             "timeout_ms": 2000}}
        """));
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
