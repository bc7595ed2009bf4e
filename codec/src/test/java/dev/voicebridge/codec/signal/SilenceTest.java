package dev.voicebridge.codec.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.codec.g711.G711Law;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SilenceTest {

  @Test
  void clearsOnlyTheRequestedSamples() {
    short[] samples = new short[6];
    Arrays.fill(samples, (short) 5);

    Silence.fill(samples, 1, 4);

    assertThat(samples).containsExactly(5, 0, 0, 0, 0, 5);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ULAW, 0xFF", "ALAW, 0xD5"})
  void fillsG711WithTheLawsSilenceCode(G711Law law, String code) {
    byte[] codes = new byte[6];

    Silence.fill(law, codes, 2, 3);

    byte silence = (byte) (int) Integer.decode(code);
    assertThat(codes).containsExactly(0, 0, silence, silence, silence, 0);
  }

  @Test
  void rejectsRangesOutsideTheArray() {
    assertThatThrownBy(() -> Silence.fill(new short[4], 2, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Silence.fill(G711Law.ULAW, new byte[4], -1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
