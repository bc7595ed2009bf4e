package dev.voicebridge.codec.wav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.codec.g711.G711Law;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WavWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"pcm16-mono.wav", "ulaw-mono.wav", "alaw-mono.wav"})
  void writesTheSameBytesAsSox(String fixture) throws IOException {
    byte[] sox = WavFixtures.bytes(fixture);

    assertThat(WavWriter.toBytes(WavReader.read(sox))).isEqualTo(sox);
  }

  @Test
  void writesPcmAsAPlainFmtChunkAndData() {
    byte[] file = WavWriter.toBytes(WavAudio.ofPcm16(16000, new short[] {1, -2}));

    assertThat(file)
        .isEqualTo(
            hex(
                "52494646 28000000 57415645", // "RIFF", size 40 = 4 + 24 + 12, "WAVE"
                "666D7420 10000000", // "fmt ", size 16
                "0100 0100 803E0000 007D0000", // PCM, 1 channel, 16,000 Hz, 32,000 bytes/s
                "0200 1000", // block align 2, 16 bits
                "64617461 04000000 0100 FEFF")); // "data", size 4, samples 1 and -2
  }

  @Test
  void writesG711WithCbSizeAFactChunkAndAPadByte() {
    byte[] file = WavWriter.toBytes(WavAudio.ofG711(G711Law.ALAW, new byte[] {0x55, 0x2A, 0x7F}));

    assertThat(file)
        .isEqualTo(
            hex(
                "52494646 36000000 57415645", // "RIFF", size 54 = 4 + 26 + 12 + 12, "WAVE"
                "666D7420 12000000", // "fmt ", size 18
                "0600 0100 401F0000 401F0000", // A-law, 1 channel, 8,000 Hz, 8,000 bytes/s
                "0100 0800 0000", // block align 1, 8 bits, cbSize 0
                "66616374 04000000 03000000", // "fact", size 4, 3 samples
                "64617461 03000000 552A7F 00")); // "data", size 3 (pad not counted), pad
  }

  @ParameterizedTest
  @EnumSource(WavEncoding.class)
  void roundTripsThroughTheReader(WavEncoding encoding) throws IOException {
    byte[] data = new byte[2 * 161];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 7);
    }
    int length = encoding == WavEncoding.PCM16 ? data.length : 161;
    WavAudio audio = new WavAudio(encoding, 8000, 1, Arrays.copyOf(data, length));

    assertThat(WavReader.read(WavWriter.toBytes(audio))).isEqualTo(audio);
  }

  @Test
  void writesPathsAndStreamsLikeBytes(@TempDir Path dir) throws IOException {
    WavAudio audio = WavAudio.ofG711(G711Law.ULAW, new byte[] {1, 2, 3, 4});
    byte[] expected = WavWriter.toBytes(audio);
    Path path = dir.resolve("out.wav");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    WavWriter.write(audio, path);
    WavWriter.write(audio, out);

    assertThat(Files.readAllBytes(path)).isEqualTo(expected);
    assertThat(out.toByteArray()).isEqualTo(expected);
  }

  /** Parses rows of hex digits, ignoring the spaces that group them into fields. */
  private static byte[] hex(String... rows) {
    return HexFormat.of().parseHex(String.join("", rows).replace(" ", ""));
  }
}
