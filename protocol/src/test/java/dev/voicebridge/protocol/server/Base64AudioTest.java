package dev.voicebridge.protocol.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64AudioTest {

  /** Decodes {@code text} placed after a prefix, as inside a frame. */
  private static byte[] decode(String text) {
    byte[] src = ("{\"audio\":\"" + text).getBytes(StandardCharsets.ISO_8859_1);
    byte[] dst = new byte[Base64Audio.maxDecodedLength(text.length())];
    int n = Base64Audio.decode(src, 10, text.length(), dst);
    return n < 0 ? null : Arrays.copyOf(dst, n);
  }

  private static byte[] jdk(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 959, 960, 961, 4800})
  void decodesWhatTheJdkDecodesWithAndWithoutPadding(int size) {
    byte[] audio = new byte[size];
    new Random(size).nextBytes(audio);
    String padded = Base64.getEncoder().encodeToString(audio);
    String unpadded = Base64.getEncoder().withoutPadding().encodeToString(audio);

    assertThat(decode(padded)).isEqualTo(audio);
    assertThat(decode(unpadded)).isEqualTo(audio).isEqualTo(jdk(unpadded));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "AAAAA", "AA=", "A===", "AA=A", "=AAA", "AA-_", "AA\u00e9A", "AAA*",
      "AAAA=", "AA==AAAA", "AAA=A"})
  void refusesWhatTheJdkRefuses(String text) {
    assertThat(jdk(text)).as("the JDK refuses it too").isNull();
    assertThat(decode(text)).isNull();
  }
}
