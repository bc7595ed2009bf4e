package dev.voicebridge.codec.frame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.pcm.Pcm16;
import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pcm16ToG711Test {

  /** One second of a 1 kHz sine at -10 dBFS as PCM16 little-endian at the given rate. */
  static byte[] tonePcm(int rate) {
    short[] pcm = new short[rate];
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = (short) Math.round(10362 * Math.sin(2 * Math.PI * 1000 * i / (double) rate));
    }
    byte[] bytes = new byte[pcm.length * 2];
    Pcm16.toLittleEndian(pcm, 0, bytes, 0, pcm.length);
    return bytes;
  }

  @ParameterizedTest(name = "{0} Hz")
  @CsvSource({"24000", "16000", "8000", "48000"})
  void everyTwentyMillisecondsOfModelAudioBecomesOneRtpFrame(int rate) {
    byte[] pcm = tonePcm(rate);
    Pcm16ToG711 converter = new Pcm16ToG711(rate, G711Law.ULAW);
    byte[] frame = new byte[converter.maxOutputBytes(rate / 50 * 2)];
    for (int off = 0; off < pcm.length; off += rate / 50 * 2) {
      assertThat(converter.convert(pcm, off, rate / 50 * 2, frame, 0)).isEqualTo(160);
    }
  }

  @ParameterizedTest(name = "deltas of {0} bytes")
  @CsvSource({"1", "3", "961", "4799", "4800", "12345"})
  void deltasSplitAtAnyByteConvertAsIfWhole(int delta) {
    byte[] pcm = tonePcm(24000);
    assertThat(convertInChunks(pcm, delta)).isEqualTo(convertInChunks(pcm, pcm.length));
  }

  @Test
  void aToneSurvivesTheRoundTripThroughTheModelsRate() {
    byte[] g711 = G711ToPcm16Test.toneG711(G711Law.ALAW);
    G711ToPcm16 up = new G711ToPcm16(G711Law.ALAW, 24000);
    Pcm16ToG711 down = new Pcm16ToG711(24000, G711Law.ALAW);
    byte[] wide = new byte[up.maxOutputBytes(160)];
    byte[] back = new byte[g711.length];
    int written = 0;
    for (int off = 0; off < g711.length; off += 160) {
      int n = up.convert(g711, off, 160, wide, 0);
      written += down.convert(wide, 0, n, back, written);
    }
    assertThat(written).isEqualTo(g711.length);
    short[] samples = new short[written];
    G711Law.ALAW.decode(back, 0, samples, 0, written);
    assertThat(Pcm16.rmsDbfs(samples, 800, written - 800))
        .isCloseTo(-13.01, Offset.offset(0.3));
  }

  @Test
  void resetDropsAPendingOddByte() {
    Pcm16ToG711 converter = new Pcm16ToG711(8000, G711Law.ULAW);
    byte[] out = new byte[8];
    assertThat(converter.convert(new byte[] {0x10}, 0, 1, out, 0)).isZero();
    converter.reset();
    // After the reset the next two bytes are one whole sample, not the pending byte's partner.
    assertThat(converter.convert(new byte[] {0, 0}, 0, 2, out, 0)).isEqualTo(1);
    assertThat(out[0]).isEqualTo(G711Law.ULAW.silenceByte());
  }

  private static byte[] convertInChunks(byte[] pcm, int chunk) {
    Pcm16ToG711 converter = new Pcm16ToG711(24000, G711Law.ULAW);
    byte[] out = new byte[converter.maxOutputBytes(pcm.length) + 16];
    int written = 0;
    for (int off = 0; off < pcm.length; off += chunk) {
      int n = Math.min(chunk, pcm.length - off);
      written += converter.convert(pcm, off, n, out, written);
    }
    return Arrays.copyOf(out, written);
  }
}
