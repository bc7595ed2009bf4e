package dev.voicebridge.codec.g711;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks {@link G711Law} exhaustively against two oracles and against golden files.
 *
 * <p><b>Oracles.</b> {@link JavaSoundOracle} is the JDK's {@code javax.sound.sampled} converter,
 * written independently of this project; {@link G191Reference} is a transcription of the ITU-T
 * G.191 reference code, which defines bit-exactness.
 *
 * <ul>
 *   <li>Decoding: the JDK agrees with G.191 on all 256 codes of both laws, so every code is checked
 *       against both.
 *   <li>Encoding: the JDK is not G.191-exact, so {@link G191Reference} is authoritative and all
 *       65,536 samples must match it. The JDK must still match everywhere outside its known
 *       deviations, which were measured on OpenJDK 17.0.15 and are listed below.
 * </ul>
 *
 * <p><b>Where the JDK encoder deviates from G.191.</b>
 *
 * <ul>
 *   <li>μ-law, 392 samples:
 *       <ul>
 *         <li>The 265 samples with x &ge; 32,636 or x &le; -32,636. The JDK adds the bias without
 *             clipping, the sum overflows 16 bits, and full-scale samples come out as near-silent
 *             codes (0xFF down to 0xF0, and 0x7F down to 0x70) instead of 0x80 and 0x00.
 *         <li>The most negative sample of each of the other 127 negative decision intervals: -4,
 *             -12, ..., -124, -140, ..., -31,612. The JDK takes the two's complement -x of a
 *             negative sample where G.191 takes the one's complement ~x, so it returns the code of
 *             x - 1, one step louder.
 *       </ul>
 *   <li>A-law, 896 samples: the seven least negative samples of each of the 128 negative decision
 *       intervals ([-7, -1], [-23, -17], ..., [-31,751, -31,745]). The JDK measures a negative
 *       sample as -x - 8 instead of ~x = -x - 1. For x &le; -8 it therefore returns the code of x +
 *       7, one step quieter. For -7 to -1 the magnitude goes negative and it returns 0x5A, which
 *       decodes to -248.
 * </ul>
 */
class G711LawTest {

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void decodesEveryCodeLikeTheJdkConverter(G711Law law) {
    short[] jdk = JavaSoundOracle.decodeEveryCode(law);
    assertThat(mismatches(256, code -> law.decode((byte) code) != jdk[code])).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void decodesEveryCodeLikeTheG191Reference(G711Law law) {
    assertThat(mismatches(256, code -> law.decode((byte) code) != reference(law, code))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void encodesEverySampleLikeTheG191Reference(G711Law law) {
    assertThat(
            mismatches(
                65536,
                index -> (law.encode((short) index) & 0xFF) != reference(law, (short) index)))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}: JDK deviates on {1} samples")
  @CsvSource({"ULAW, 392", "ALAW, 896"})
  void encodesLikeTheJdkConverterOutsideItsDocumentedDeviations(G711Law law, int deviations) {
    byte[] jdk = JavaSoundOracle.encodeEverySample(law);
    IntPredicate deviates =
        law == G711Law.ULAW ? G711LawTest::jdkUlawDeviates : G711LawTest::jdkAlawDeviates;
    int compared = 0;
    List<String> mismatches = new ArrayList<>();
    for (int index = 0; index < 65536; index++) {
      short sample = (short) index;
      if (deviates.test(sample)) {
        continue;
      }
      compared++;
      if (law.encode(sample) != jdk[index] && mismatches.size() < 20) {
        mismatches.add(
            String.format("%d: ours 0x%02X, jdk 0x%02X", sample, law.encode(sample), jdk[index]));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isEqualTo(65536 - deviations);
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void reencodingADecodedSampleDecodesToTheSameSample(G711Law law) {
    assertThat(
            mismatches(
                256,
                code -> law.decode(law.encode(law.decode((byte) code))) != law.decode((byte) code)))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void reencodingADecodedSampleGivesBackItsCodeExceptMuLawNegativeZero(G711Law law) {
    for (int code = 0; code < 256; code++) {
      int expected = law == G711Law.ULAW && code == 0x7F ? 0xFF : code;
      assertThat(law.encode(law.decode((byte) code)) & 0xFF)
          .as("code %02X", code)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "mu-law zero, ULAW, 0, 0xFF",
    "mu-law -1 is negative zero, ULAW, -1, 0x7F",
    "mu-law -4 is the loudest sample of negative zero, ULAW, -4, 0x7F",
    "mu-law -5 is one step louder, ULAW, -5, 0x7E",
    "mu-law 3 is the loudest sample of zero, ULAW, 3, 0xFF",
    "mu-law 4 is one step up, ULAW, 4, 0xFE",
    "mu-law full scale clips, ULAW, 32767, 0x80",
    "mu-law last unclipped sample, ULAW, 32635, 0x80",
    "mu-law negative full scale clips, ULAW, -32768, 0x00",
    "A-law zero, ALAW, 0, 0xD5",
    "A-law -1 is the quietest negative code, ALAW, -1, 0x55",
    "A-law -16 stays in the quietest negative code, ALAW, -16, 0x55",
    "A-law -17 is one step louder, ALAW, -17, 0x54",
    "A-law 15 stays in the quietest positive code, ALAW, 15, 0xD5",
    "A-law 16 is one step up, ALAW, 16, 0xD4",
    "A-law full scale, ALAW, 32767, 0xAA",
    "A-law negative full scale, ALAW, -32768, 0x2A",
  })
  void encodesDecisionBoundariesAndFullScaleLikeG191(
      String name, G711Law law, short sample, String code) {
    assertThat(law.encode(sample) & 0xFF).isEqualTo(Integer.decode(code));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "mu-law, ULAW, 0, PCMU, 0xFF, 0",
    "A-law, ALAW, 8, PCMA, 0xD5, 8",
  })
  void identifiesItselfForRtpAndSdp(
      String name,
      G711Law law,
      int payloadType,
      String encodingName,
      String silenceByte,
      short silenceLevel) {
    assertThat(law.payloadType()).isEqualTo(payloadType);
    assertThat(law.encodingName()).isEqualTo(encodingName);
    assertThat(law.silenceByte() & 0xFF).isEqualTo(Integer.decode(silenceByte));
    assertThat(law.decode(law.silenceByte())).isEqualTo(silenceLevel);
    assertThat(law.encode((short) 0)).isEqualTo(law.silenceByte());
    assertThat(G711Law.forPayloadType(payloadType)).contains(law);
    assertThat(G711Law.forEncodingName(encodingName.toLowerCase())).contains(law);
  }

  @Test
  void findsNoLawForOtherPayloadTypesOrNames() {
    assertThat(G711Law.forPayloadType(9)).isEmpty();
    assertThat(G711Law.forPayloadType(-1)).isEmpty();
    assertThat(G711Law.forEncodingName("G722")).isEmpty();
    assertThat(G711Law.forEncodingName("")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: src {1}, dst {2}, {3} samples")
  @CsvSource({
    "empty run, 0, 0, 0",
    "one sample, 5, 3, 1",
    "odd offsets and length, 3, 7, 157",
    "a 20 ms frame after a header, 12, 1, 160",
    "everything from zero, 0, 0, 400",
  })
  void frameMethodsMatchPerSampleCallsAndWriteOnlyTheirRange(
      String name, int srcOff, int dstOff, int len) {
    for (G711Law law : G711Law.values()) {
      byte[] codes = new byte[400];
      short[] samples = new short[400];
      byte[] pcm = new byte[800];
      for (int i = 0; i < 400; i++) {
        codes[i] = (byte) (i * 37);
        samples[i] = (short) (i * 40503);
        pcm[2 * i] = (byte) samples[i];
        pcm[2 * i + 1] = (byte) (samples[i] >> 8);
      }

      short[] decoded = filled(new short[420], (short) 0x5A5A);
      law.decode(codes, srcOff, decoded, dstOff, len);
      short[] expectedDecoded = filled(new short[420], (short) 0x5A5A);
      for (int i = 0; i < len; i++) {
        expectedDecoded[dstOff + i] = law.decode(codes[srcOff + i]);
      }
      assertThat(decoded).isEqualTo(expectedDecoded);

      byte[] pcmOut = filled(new byte[840], (byte) 0x3C);
      law.decodeToPcm16Le(codes, srcOff, pcmOut, dstOff, len);
      byte[] expectedPcm = filled(new byte[840], (byte) 0x3C);
      for (int i = 0; i < len; i++) {
        short sample = law.decode(codes[srcOff + i]);
        expectedPcm[dstOff + 2 * i] = (byte) sample;
        expectedPcm[dstOff + 2 * i + 1] = (byte) (sample >> 8);
      }
      assertThat(pcmOut).isEqualTo(expectedPcm);

      byte[] encoded = filled(new byte[420], (byte) 0x3C);
      law.encode(samples, srcOff, encoded, dstOff, len);
      byte[] expectedEncoded = filled(new byte[420], (byte) 0x3C);
      for (int i = 0; i < len; i++) {
        expectedEncoded[dstOff + i] = law.encode(samples[srcOff + i]);
      }
      assertThat(encoded).isEqualTo(expectedEncoded);

      byte[] encodedFromPcm = filled(new byte[420], (byte) 0x3C);
      law.encodeFromPcm16Le(pcm, 2 * srcOff, encodedFromPcm, dstOff, len);
      assertThat(encodedFromPcm).isEqualTo(expectedEncoded);
    }
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void frameMethodsDoNotAllocate(G711Law law) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
    short[] samples = new short[160];
    byte[] codes = new byte[160];
    byte[] pcm = new byte[320];
    Runnable frame =
        () -> {
          law.encode(samples, 0, codes, 0, 160);
          law.decode(codes, 0, samples, 0, 160);
          law.decodeToPcm16Le(codes, 0, pcm, 0, 160);
          law.encodeFromPcm16Le(pcm, 0, codes, 0, 160);
        };
    frame.run();

    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 10_000; i++) {
      frame.run();
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    // Ten thousand frames; anything allocated per frame would add up to at least 160 KB.
    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void frameMethodsRejectRangesOutsideTheirArraysWithoutWriting() {
    G711Law law = G711Law.ULAW;
    byte[] codes = new byte[160];
    short[] samples = filled(new short[160], (short) 7);
    byte[] pcm = filled(new byte[320], (byte) 7);

    assertThatThrownBy(() -> law.decode(codes, 1, samples, 0, 160))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> law.decode(codes, 0, samples, 1, 160))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> law.decode(codes, 0, samples, 0, -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> law.decodeToPcm16Le(codes, 0, pcm, 1, 160))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(samples).containsOnly((short) 7);
    assertThat(pcm).containsOnly((byte) 7);

    assertThatThrownBy(() -> law.encode(samples, 0, codes, 1, 160))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> law.encodeFromPcm16Le(pcm, 1, codes, 0, 160))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(codes).containsOnly((byte) 0);
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void encodesTheGoldenSweepByteForByte(G711Law law) throws IOException {
    byte[] pcm = resource("sweep.s16le");
    byte[] expected = resource("sweep." + extension(law));
    byte[] encoded = new byte[pcm.length / 2];
    law.encodeFromPcm16Le(pcm, 0, encoded, 0, encoded.length);
    assertThat(encoded).hasSize(4000).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(G711Law.class)
  void decodesTheGoldenSweepByteForByte(G711Law law) throws IOException {
    byte[] codes = resource("sweep." + extension(law));
    byte[] expected = resource("sweep." + extension(law) + ".s16le");
    byte[] decoded = new byte[2 * codes.length];
    law.decodeToPcm16Le(codes, 0, decoded, 0, codes.length);
    assertThat(decoded).hasSize(8000).isEqualTo(expected);
  }

  private static int reference(G711Law law, int code) {
    return law == G711Law.ULAW
        ? G191Reference.ulawToLinear(code)
        : G191Reference.alawToLinear(code);
  }

  private static int reference(G711Law law, short sample) {
    return law == G711Law.ULAW
        ? G191Reference.linearToUlaw(sample)
        : G191Reference.linearToAlaw(sample);
  }

  /** The μ-law deviations listed in the class comment, stated in terms of the reference. */
  private static boolean jdkUlawDeviates(int sample) {
    if (sample >= 32636 || sample <= -32636) {
      return true;
    }
    return sample < 0
        && G191Reference.linearToUlaw((short) sample)
            != G191Reference.linearToUlaw((short) (sample - 1));
  }

  /** The A-law deviations listed in the class comment, stated in terms of the reference. */
  private static boolean jdkAlawDeviates(int sample) {
    return sample < 0
        && G191Reference.linearToAlaw((short) sample)
            != G191Reference.linearToAlaw((short) (sample + 7));
  }

  /** Lists, as readable text, the first few indices in [0, count) for which a check fails. */
  private static List<String> mismatches(int count, IntPredicate fails) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < count && found.size() < 20; i++) {
      if (fails.test(i)) {
        found.add(count == 256 ? String.format("code 0x%02X", i) : "sample " + (short) i);
      }
    }
    return found;
  }

  private static String extension(G711Law law) {
    return law == G711Law.ULAW ? "ulaw" : "alaw";
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = G711LawTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static short[] filled(short[] array, short value) {
    Arrays.fill(array, value);
    return array;
  }

  private static byte[] filled(byte[] array, byte value) {
    Arrays.fill(array, value);
    return array;
  }
}
