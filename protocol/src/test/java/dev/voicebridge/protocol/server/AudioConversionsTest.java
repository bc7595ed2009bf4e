package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.codec.pcm.Pcm16;
import java.util.Arrays;
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

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PCM16", "PCM16_16000HZ", "G711_ULAW", "G711_ALAW"})
  void encodingIntoAReusedArrayMatchesAFreshOne(OutputFormat format) {
    short[] samples = new TestSignal(format.sampleRate()).tone(100, -10).samples;
    byte[] reused = new byte[samples.length * 2 + 7];
    Arrays.fill(reused, (byte) 0x55);

    int written = AudioConversions.encodeOutput(format, samples, 40, 200, reused);

    byte[] fresh = AudioConversions.encodeOutput(format, samples, 40, 200);
    assertThat(written).isEqualTo(160 * format.bytesPerSample()).isEqualTo(fresh.length);
    assertThat(Arrays.copyOf(reused, written)).isEqualTo(fresh);
    assertThat(reused[written]).isEqualTo((byte) 0x55);
  }
}
