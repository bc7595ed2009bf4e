package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AudioClipTest {

  @Test
  void durationCountsOnlyTheClipsSamples() {
    AudioClip clip = new AudioClip(new short[60_000], 36_000);

    assertThat(clip.durationMs(24_000)).isEqualTo(1500);
    assertThat(AudioClip.of(new short[8000]).durationMs(16_000)).isEqualTo(500);
  }

  @Test
  void aClipLongerThanItsArrayIsRefused() {
    assertThatThrownBy(() -> new AudioClip(new short[10], 11))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AudioClip(new short[10], -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
