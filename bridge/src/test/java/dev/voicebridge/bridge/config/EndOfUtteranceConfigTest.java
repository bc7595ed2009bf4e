package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndOfUtteranceConfigTest {
  private static final String SECTION =
      "session:\n  turn-detection:\n    end-of-utterance-detection:\n";

  private static Optional<EndOfUtteranceConfig> load(String keys) throws ConfigException {
    return ConfigLoaderTest.load(SECTION + keys).session().turnDetection().endOfUtterance();
  }

  @ParameterizedTest
  @ValueSource(strings = {"semantic_detection_v1", "semantic_detection_v1_en",
      "semantic_detection_v1_multilingual"})
  void readsEachModelLeavingTheOtherSettingsToTheService(String model) throws Exception {
    assertThat(load("      model: " + model + "\n"))
        .contains(new EndOfUtteranceConfig(model, Optional.empty(), Optional.empty()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"low", "medium", "high", "default"})
  void readsEachThresholdLevel(String level) throws Exception {
    assertThat(load("      model: semantic_detection_v1\n      threshold-level: " + level + "\n")
        .flatMap(EndOfUtteranceConfig::thresholdLevel)).contains(level);
  }

  @Test
  void readsTheTimeout() throws Exception {
    assertThat(load("      model: semantic_detection_v1\n      timeout: 1500ms\n")
        .flatMap(EndOfUtteranceConfig::timeout)).contains(Duration.ofMillis(1500));
  }

  @Test
  void isUnsetForAnEmptySection() throws Exception {
    assertThat(load("      {}\n")).isEmpty();
  }

  static Stream<Arguments> badSections() {
    return Stream.of(
        arguments("no model", "      timeout: 1s\n",
            "end-of-utterance-detection.model: must be set; allowed: semantic_detection_v1,"
                + " semantic_detection_v1_en, semantic_detection_v1_multilingual"
                + " (test.yaml line 4)"),
        arguments("unknown model", "      model: semantic_detection_v2\n",
            "end-of-utterance-detection.model: unknown end-of-utterance model"
                + " 'semantic_detection_v2'; allowed: semantic_detection_v1,"
                + " semantic_detection_v1_en, semantic_detection_v1_multilingual"
                + " (test.yaml line 4)"),
        arguments("unknown threshold level",
            "      model: semantic_detection_v1\n      threshold-level: strict\n",
            "end-of-utterance-detection.threshold-level: unknown threshold level 'strict';"
                + " allowed: low, medium, high, default (test.yaml line 5)"),
        arguments("timeout too long", "      model: semantic_detection_v1\n      timeout: 30s\n",
            "end-of-utterance-detection.timeout: must be 100ms-10s, got 30s (test.yaml line 5)"),
        arguments("unknown key",
            "      model: semantic_detection_v1\n      threshold: 0.5\n",
            "end-of-utterance-detection.threshold: unknown key; allowed here: model,"
                + " threshold-level, timeout (test.yaml line 5)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSections")
  void refusesABadSectionNamingTheKeyAndLine(String name, String keys, String message) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(keys));

    assertThat(e).hasMessage("session.turn-detection." + message);
  }

  @Test
  void mergesAProfilesSectionKeyByKey() throws Exception {
    BridgeConfig config = ConfigLoaderTest.load(SECTION
        + "      model: semantic_detection_v1_multilingual\n      threshold-level: high\n"
        + "profiles:\n  - name: p\n    match: {exact: '1'}\n    turn-detection:\n"
        + "      end-of-utterance-detection:\n        timeout: 3s\n");

    assertThat(config.profileFor("1").session().turnDetection().endOfUtterance())
        .contains(new EndOfUtteranceConfig("semantic_detection_v1_multilingual",
            Optional.of("high"), Optional.of(Duration.ofSeconds(3))));
  }
}
