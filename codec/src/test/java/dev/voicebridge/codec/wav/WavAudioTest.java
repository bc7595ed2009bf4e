package dev.voicebridge.codec.wav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.codec.g711.G711Law;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WavAudioTest {

  @Test
  void storesPcm16SamplesLittleEndianAndGivesThemBack() {
    WavAudio audio = WavAudio.ofPcm16(16000, new short[] {0x1234, -2});

    assertThat(audio.encoding()).isEqualTo(WavEncoding.PCM16);
    assertThat(audio.sampleRate()).isEqualTo(16000);
    assertThat(audio.data()).containsExactly(0x34, 0x12, 0xFE, 0xFF);
    assertThat(audio.sampleCount()).isEqualTo(2);
    assertThat(audio.toPcm16Samples()).containsExactly(0x1234, -2);
  }

  @Test
  void decodesG711SamplesWithTheirLaw() {
    WavAudio audio = WavAudio.ofG711(G711Law.ULAW, new byte[] {(byte) 0x80, 0x00, (byte) 0xFF});

    assertThat(audio.encoding()).isEqualTo(WavEncoding.ULAW);
    assertThat(audio.sampleRate()).isEqualTo(8000);
    assertThat(audio.toPcm16Samples()).containsExactly(32124, -32124, 0);
  }

  @Test
  void keepsItsOwnCopyOfTheData() {
    byte[] codes = {1, 2, 3};
    WavAudio audio = WavAudio.ofG711(G711Law.ALAW, codes);

    codes[0] = 9;
    audio.data()[1] = 9;

    assertThat(audio.data()).containsExactly(1, 2, 3);
  }

  @Test
  void copiesItsDataIntoACallersBuffer() {
    byte[] buffer = new byte[5];

    WavAudio.ofG711(G711Law.ALAW, new byte[] {1, 2, 3}).copyData(buffer, 1);

    assertThat(buffer).containsExactly(0, 1, 2, 3, 0);
  }

  @Test
  void knowsHowLongItPlays() {
    assertThat(WavAudio.ofG711(G711Law.ULAW, new byte[160]).duration())
        .isEqualTo(Duration.ofMillis(20));
    assertThat(WavAudio.ofPcm16(24000, new short[1]).duration())
        .isEqualTo(Duration.ofNanos(41_666));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "stereo | PCM16 | 8000 | 2 | 4 | only mono audio is supported: 2 channels",
        "zero rate | ULAW | 0 | 1 | 4 | sample rate must be positive: 0",
        "half a sample | PCM16 | 8000 | 1 | 3 | PCM16 data must hold whole samples: 3 bytes",
      })
  void rejectsWhatAWavFileCannotHold(
      String name, WavEncoding encoding, int rate, int channels, int bytes, String message) {
    assertThatThrownBy(() -> new WavAudio(encoding, rate, channels, new byte[bytes]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void convertsBetweenEncodingsThroughG711() {
    short[] samples = {0, 1000, -1000, 32767, -32768};
    WavAudio pcm = WavAudio.ofPcm16(8000, samples);

    WavAudio ulaw = pcm.convertTo(WavEncoding.ULAW);
    WavAudio alaw = ulaw.convertTo(WavEncoding.ALAW);

    byte[] expectedUlaw = new byte[samples.length];
    G711Law.ULAW.encode(samples, 0, expectedUlaw, 0, samples.length);
    assertThat(ulaw.data()).isEqualTo(expectedUlaw);
    short[] viaUlaw = ulaw.toPcm16Samples();
    byte[] expectedAlaw = new byte[samples.length];
    G711Law.ALAW.encode(viaUlaw, 0, expectedAlaw, 0, samples.length);
    assertThat(alaw.data()).isEqualTo(expectedAlaw);
    assertThat(alaw.convertTo(WavEncoding.PCM16))
        .isEqualTo(WavAudio.ofPcm16(8000, alaw.toPcm16Samples()));
    assertThat(pcm.convertTo(WavEncoding.PCM16)).isSameAs(pcm);
  }

  @Test
  void isEqualByValue() {
    WavAudio audio = WavAudio.ofG711(G711Law.ULAW, new byte[] {1, 2});

    assertThat(audio)
        .isEqualTo(WavAudio.ofG711(G711Law.ULAW, new byte[] {1, 2}))
        .hasSameHashCodeAs(WavAudio.ofG711(G711Law.ULAW, new byte[] {1, 2}))
        .isNotEqualTo(WavAudio.ofG711(G711Law.ALAW, new byte[] {1, 2}))
        .isNotEqualTo(WavAudio.ofG711(G711Law.ULAW, new byte[] {1, 3}))
        .isNotEqualTo(new WavAudio(WavEncoding.ULAW, 16000, 1, new byte[] {1, 2}));
    assertThat(audio).hasToString("WavAudio{ULAW, 8000 Hz, 1 channel, 2 samples}");
  }
}
