package dev.voicebridge.bridge.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.codec.g711.G711Law;
import org.junit.jupiter.api.Test;

class LocalToneTest {

  @Test
  void padsTheToneToWholeFramesWithSilence() {
    byte[] tone = LocalTone.g711(G711Law.ULAW, 440, 510, 160);

    assertThat(tone).hasSize(26 * 160);
    for (int i = 4080; i < tone.length; i++) {
      assertThat(tone[i]).isEqualTo(G711Law.ULAW.silenceByte());
    }
  }

  @Test
  void playsAtTheLevelItPromisesWithoutClickingAtTheEdges() {
    byte[] tone = LocalTone.g711(G711Law.ALAW, 1000, 500, 160);

    double sum = 0;
    for (int i = 800; i < 3200; i++) {
      double s = G711Law.ALAW.decode(tone[i]);
      sum += s * s;
    }
    double rmsDbfs = 20 * Math.log10(Math.sqrt(sum / 2400) / 32768);
    assertThat(rmsDbfs).isBetween(LocalTone.LEVEL_DBFS - 0.5, LocalTone.LEVEL_DBFS + 0.5);
    // The fade starts from (almost) nothing: the first sample is not a step.
    assertThat(Math.abs(G711Law.ALAW.decode(tone[0]))).isLessThan(64);
    assertThat(Math.abs(G711Law.ALAW.decode(tone[3999]))).isLessThan(256);
  }
}
