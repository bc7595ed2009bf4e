package dev.voicebridge.codec.wav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.codec.g711.G711Law;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WavEncodingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PCM16, 1, 16, 2", "ALAW, 6, 8, 1", "ULAW, 7, 8, 1"})
  void carriesTheWaveFormatTagAndSampleSize(
      WavEncoding encoding, int formatTag, int bits, int bytes) {
    assertThat(encoding.formatTag()).isEqualTo(formatTag);
    assertThat(encoding.bitsPerSample()).isEqualTo(bits);
    assertThat(encoding.bytesPerSample()).isEqualTo(bytes);
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void mapsEachG711LawToAnEncodingAndBack(G711Law law) {
    assertThat(WavEncoding.of(law).law()).contains(law);
  }

  @ParameterizedTest
  @EnumSource(value = WavEncoding.class, names = "PCM16")
  void pcmHasNoG711Law(WavEncoding encoding) {
    assertThat(encoding.law()).isEmpty();
  }
}
