package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptionConfigTest {

  @Test
  void isOffUntilAModelIsNamed() throws Exception {
    assertThat(TranscriptionConfig.DEFAULTS.enabled()).isFalse();
    TranscriptionConfig on = ConfigLoaderTest.load(
        "session:\n  transcription:\n    model: whisper-1\n").session().transcription();
    assertThat(on).isEqualTo(new TranscriptionConfig("whisper-1", ""));
    assertThat(on.enabled()).isTrue();
  }
}
