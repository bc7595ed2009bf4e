package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TurnDetectionConfigTest {

  private static TurnDetectionConfig load(String keys) throws ConfigException {
    return ConfigLoaderTest.load("session:\n  turn-detection:\n" + keys).session().turnDetection();
  }

  @Test
  void defaultsToServerVadWithThe20251001Timings() {
    TurnDetectionConfig vad = TurnDetectionConfig.DEFAULTS;

    assertThat(vad).isEqualTo(new TurnDetectionConfig("server_vad", 0.5,
        Duration.ofMillis(300), Duration.ofMillis(500), true, true));
    assertThat(vad.enabled()).isTrue();
  }

  @Test
  void leavesEveryOptionalSettingUnsetByDefault() {
    TurnDetectionConfig vad = TurnDetectionConfig.DEFAULTS;

    assertThat(vad.speechDuration()).isEmpty();
    assertThat(vad.removeFillerWords()).isEmpty();
    assertThat(vad.languages()).isEmpty();
    assertThat(vad.endOfUtterance()).isEmpty();
    assertThat(vad.eagerness()).isEmpty();
  }

  @Test
  void turnsOffWithNone() throws Exception {
    assertThat(load("    type: none\n").enabled()).isFalse();
  }

  @Test
  void readsEveryOptionalSettingOfTheAzureSemanticVad() throws Exception {
    TurnDetectionConfig vad = load("""
            type: azure_semantic_vad
            speech-duration: 80ms
            remove-filler-words: true
            languages: [en, es]
            end-of-utterance-detection:
              model: semantic_detection_v1
              threshold-level: low
              timeout: 2s
        """);

    assertThat(vad).isEqualTo(new TurnDetectionConfig("azure_semantic_vad", 0.5,
        Duration.ofMillis(300), Duration.ofMillis(500), true, true,
        Optional.of(Duration.ofMillis(80)), Optional.of(true), List.of("en", "es"),
        Optional.of(new EndOfUtteranceConfig("semantic_detection_v1", Optional.of("low"),
            Optional.of(Duration.ofSeconds(2)))),
        Optional.empty()));
  }

  @Test
  void readsTheSpeechDurationAndEndOfUtteranceOfServerVad() throws Exception {
    TurnDetectionConfig vad = load("    speech-duration: 200ms\n"
        + "    end-of-utterance-detection:\n      model: semantic_detection_v1_en\n");

    assertThat(vad.speechDuration()).contains(Duration.ofMillis(200));
    assertThat(vad.endOfUtterance().map(EndOfUtteranceConfig::model))
        .contains("semantic_detection_v1_en");
  }

  @ParameterizedTest
  @ValueSource(strings = {"auto", "low", "medium", "high"})
  void readsTheEagernessOfSemanticVad(String eagerness) throws Exception {
    assertThat(load("    type: semantic_vad\n    eagerness: " + eagerness + "\n").eagerness())
        .contains(eagerness);
  }

  static Stream<Arguments> settingsForTheWrongType() {
    String vadTypes = "server_vad, azure_semantic_vad, azure_semantic_vad_en,"
        + " azure_semantic_vad_multilingual";
    String azureTypes = "azure_semantic_vad, azure_semantic_vad_en,"
        + " azure_semantic_vad_multilingual";
    return Stream.of(
        arguments("semantic_vad", "speech-duration: 100ms", vadTypes),
        arguments("none", "speech-duration: 100ms", vadTypes),
        arguments("server_vad", "remove-filler-words: true", azureTypes),
        arguments("semantic_vad", "remove-filler-words: false", azureTypes),
        arguments("server_vad", "languages: [en]",
            "azure_semantic_vad, azure_semantic_vad_multilingual"),
        arguments("azure_semantic_vad_en", "languages: [en]",
            "azure_semantic_vad, azure_semantic_vad_multilingual"),
        arguments("semantic_vad", "end-of-utterance-detection: {model: semantic_detection_v1}",
            vadTypes),
        arguments("server_vad", "eagerness: high", "semantic_vad"),
        arguments("azure_semantic_vad", "eagerness: low", "semantic_vad"));
  }

  @ParameterizedTest(name = "{1} with {0}")
  @MethodSource("settingsForTheWrongType")
  void refusesASettingTheTypeDoesNotTakeNamingTheKey(String type, String line, String types) {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> load("    type: " + type + "\n    " + line + "\n"));

    String key = line.substring(0, line.indexOf(':'));
    assertThat(e).hasMessage("session.turn-detection." + key + ": only for turn detection "
        + types + "; not for " + type + " (test.yaml line 4)");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        arguments("speech-duration: 11s", "speech-duration: must be 0s-10s, got 11s"),
        arguments("speech-duration: 80",
            "speech-duration: expected a duration like 500ms, 30s, 5m or 1h, got '80'"),
        arguments("remove-filler-words: sometimes",
            "remove-filler-words: expected true or false, got 'sometimes'"),
        arguments("languages: [en, english]", "languages: unknown language 'english'; allowed:"
            + " en, es, fr, it, de, ja, pt, zh, ko, hi"),
        arguments("languages: []", "languages: expected at least one value"),
        arguments("eagerness: eager",
            "eagerness: unknown eagerness 'eager'; allowed: auto, low, medium, high"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void refusesABadValueNamingItsKeyAndLine(String line, String message) {
    String type = line.startsWith("eagerness") ? "semantic_vad" : "azure_semantic_vad";
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> load("    type: " + type + "\n    " + line + "\n"));

    assertThat(e).hasMessage("session.turn-detection." + message + " (test.yaml line 4)");
  }

  @Test
  void letsAProfileOverrideOneOptionalSettingAndKeepTheOthers() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load("""
        session:
          turn-detection:
            type: azure_semantic_vad
            languages: [en]
            remove-filler-words: true
        profiles:
          - name: madrid
            match: {prefix: '+34'}
            turn-detection:
              languages: [es]
        """);

    TurnDetectionConfig vad = config.profileFor("+34911").session().turnDetection();

    assertThat(vad.languages()).containsExactly("es");
    assertThat(vad.removeFillerWords()).contains(true);
  }

  @Test
  void dropsTheInheritedSettingsANewTypeDoesNotTake() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load("""
        session:
          turn-detection:
            type: azure_semantic_vad
            speech-duration: 100ms
            languages: [en]
            remove-filler-words: true
        profiles:
          - name: plain
            match: {exact: '1'}
            turn-detection:
              type: server_vad
          - name: openai
            match: {exact: '2'}
            turn-detection:
              type: semantic_vad
              eagerness: low
        """);

    TurnDetectionConfig plain = config.profileFor("1").session().turnDetection();
    TurnDetectionConfig openai = config.profileFor("2").session().turnDetection();

    assertThat(plain.speechDuration()).contains(Duration.ofMillis(100));
    assertThat(plain.languages()).isEmpty();
    assertThat(plain.removeFillerWords()).isEmpty();
    assertThat(openai.speechDuration()).isEmpty();
    assertThat(openai.eagerness()).contains("low");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {0.0, 0.009, 1.0, -1})
  void refusesThresholdsOutsideTheServiceRange(double threshold) {
    assertThatThrownBy(() -> new TurnDetectionConfig("server_vad", threshold,
        Duration.ZERO, Duration.ofMillis(500), true, true))
        .hasMessage("threshold: must be at least 0.01 and below 1.0, got " + threshold);
  }

  @Test
  void refusesAnUnknownType() {
    assertThatThrownBy(() -> new TurnDetectionConfig("vad", 0.5, Duration.ZERO,
        Duration.ofMillis(500), true, true))
        .hasMessageStartingWith("type: unknown turn detection 'vad'; allowed: server_vad,");
  }
}
