package dev.voicebridge.codec.frame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.pcm.Pcm16;
import dev.voicebridge.codec.resample.Resampler;
import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class G711ToPcm16Test {

  /** One second of a 1 kHz sine at -10 dBFS, G.711-encoded at 8 kHz. */
  static byte[] toneG711(G711Law law) {
    short[] pcm = new short[8000];
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = (short) Math.round(10362 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
    }
    byte[] g711 = new byte[pcm.length];
    law.encode(pcm, 0, g711, 0, pcm.length);
    return g711;
  }

  @ParameterizedTest(name = "{0} to {1} Hz")
  @CsvSource({"ULAW, 24000", "ALAW, 24000", "ULAW, 16000", "ALAW, 8000", "ULAW, 48000"})
  void twentyMillisecondFramesGiveExactlyTheDecodeThenResamplePipeline(G711Law law, int rate) {
    byte[] g711 = toneG711(law);
    G711ToPcm16 converter = new G711ToPcm16(law, rate);
    byte[] framed = new byte[converter.maxOutputBytes(g711.length)];
    int written = 0;
    for (int off = 0; off < g711.length; off += 160) {
      int n = converter.convert(g711, off, 160, framed, written);
      assertThat(n).as("bytes per 20 ms frame").isEqualTo(rate / 50 * 2);
      written += n;
    }

    short[] decoded = new short[g711.length];
    law.decode(g711, 0, decoded, 0, g711.length);
    Resampler reference = Resampler.create(8000, rate);
    short[] expected = new short[reference.maxOutputSamples(g711.length)];
    int samples = reference.process(decoded, 0, decoded.length, expected, 0);
    byte[] expectedBytes = new byte[samples * 2];
    Pcm16.toLittleEndian(expected, 0, expectedBytes, 0, samples);

    assertThat(Arrays.copyOf(framed, written)).isEqualTo(expectedBytes);
  }

  @ParameterizedTest(name = "chunks of {0} codes")
  @CsvSource({"1", "7", "160", "240", "333", "1000", "8000"})
  void chunkSizeDoesNotChangeTheOutput(int chunk) {
    byte[] g711 = toneG711(G711Law.ULAW);
    byte[] whole = convertInChunks(G711Law.ULAW, g711, g711.length);
    assertThat(convertInChunks(G711Law.ULAW, g711, chunk)).isEqualTo(whole);
    assertThat(whole).hasSize(8000 * 3 * 2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ULAW", "ALAW"})
  void keepsTheToneLevelThroughTheUpsampler(G711Law law) {
    byte[] pcm = convertInChunks(law, toneG711(law), 160);
    short[] samples = new short[pcm.length / 2];
    Pcm16.fromLittleEndian(pcm, 0, samples, 0, samples.length);
    // Skip the filter's start-up; the rest is the same -10 dBFS sine at 24 kHz.
    double level = Pcm16.rmsDbfs(samples, 2400, samples.length - 2400);
    assertThat(level).isCloseTo(-10.0 - 3.01, Offset.offset(0.2));
  }

  private static byte[] convertInChunks(G711Law law, byte[] g711, int chunk) {
    G711ToPcm16 converter = new G711ToPcm16(law, 24000);
    byte[] out = new byte[converter.maxOutputBytes(g711.length) + 64];
    int written = 0;
    for (int off = 0; off < g711.length; off += chunk) {
      written += converter.convert(g711, off, Math.min(chunk, g711.length - off), out, written);
    }
    return Arrays.copyOf(out, written);
  }
}
