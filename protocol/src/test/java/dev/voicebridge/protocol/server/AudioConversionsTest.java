package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.codec.pcm.Pcm16;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioConversionsTest {

  @ParameterizedTest(name = "{0} Hz to {1} Hz")
  @CsvSource({"24000,8000", "8000,24000", "16000,24000", "24000,16000", "8000,16000"})
  void resampledUtteranceKeepsItsLengthLevelAndTiming(int from, int to) {
    // 300 ms silence, 400 ms tone, 300 ms silence: the tone must stay where it was.
    TestSignal in = new TestSignal(from).silence(300).tone(400, -20).silence(300);

    short[] out = AudioConversions.resample(in.samples, from, to);

    assertThat(out).hasSize(to);
    assertThat(Pcm16.rmsDbfs(out, to * 350 / 1000, to * 300 / 1000)).isBetween(-20.5, -19.5);
    assertThat(Pcm16.rmsDbfs(out, 0, to * 290 / 1000)).isLessThan(-60);
    assertThat(Pcm16.rmsDbfs(out, to * 710 / 1000, to * 290 / 1000)).isLessThan(-60);
  }

  @Test
  void sameRateReturnsTheSamples() {
    short[] samples = {1, 2, 3};

    assertThat(AudioConversions.resample(samples, 24000, 24000)).isSameAs(samples);
  }

  @Test
  void oddPcm16ByteCountIsRejected() {
    assertThatThrownBy(() -> AudioConversions.decodeInput(InputFormat.PCM16, new byte[5]))
        .isInstanceOf(ClientRequestException.class)
        .hasMessageContaining("even number of bytes");
  }
}
