package dev.voicebridge.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AudioFormatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      24 kHz PCM      | pcm16-24k | PCM16_24K
      16 kHz PCM      | PCM16-16K | PCM16_16K
      G.711 passthru  | g711      | G711
      """)
  void readsTheYamlNames(String name, String text, AudioFormat format) {
    assertThat(AudioFormat.of(text)).contains(format);
    assertThat(AudioFormat.of(format.yamlName())).contains(format);
  }

  @Test
  void namesTheAllowedFormats() {
    assertThat(AudioFormat.of("pcm16")).isEmpty();
    assertThatThrownBy(() -> AudioFormat.parse("pcm16"))
        .hasMessage("unknown audio format 'pcm16'; allowed: pcm16-24k, pcm16-16k, g711");
  }
}
