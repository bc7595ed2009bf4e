package dev.voicebridge.codec.wav;

import static dev.voicebridge.codec.wav.RiffBytes.ascii;
import static dev.voicebridge.codec.wav.RiffBytes.chunk;
import static dev.voicebridge.codec.wav.RiffBytes.chunkDeclaring;
import static dev.voicebridge.codec.wav.RiffBytes.concat;
import static dev.voicebridge.codec.wav.RiffBytes.extensibleFmt;
import static dev.voicebridge.codec.wav.RiffBytes.fmt;
import static dev.voicebridge.codec.wav.RiffBytes.riff;
import static dev.voicebridge.codec.wav.RiffBytes.riffDeclaring;
import static dev.voicebridge.codec.wav.RiffBytes.subtypeGuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WavReaderTest {

  /** The first period of the 1 kHz tone at -6 dB in the sox fixtures: 8 samples at 8 kHz. */
  private static final short[] TONE_PERIOD = {0, 11613, 16423, 11613, 0, -11613, -16423, -11613};

  private static final byte[] PCM_FMT = fmt(1, 1, 8000, 2, 16);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sox 16-bit PCM, pcm16-mono.wav, PCM16, 160",
    "sox mu-law with fact chunk, ulaw-mono.wav, ULAW, 160",
    "sox A-law with fact chunk, alaw-mono.wav, ALAW, 160",
    "extensible 16-bit PCM, pcm16-mono-extensible.wav, PCM16, 160",
    "extensible mu-law with fact chunk, ulaw-mono-extensible.wav, ULAW, 160",
    "data chunk cut short at 200 bytes, truncated.wav, PCM16, 78",
  })
  void readsSupportedFixtures(String name, String file, WavEncoding encoding, int samples)
      throws IOException {
    WavAudio audio = WavReader.read(WavFixtures.bytes(file));

    assertThat(audio.encoding()).isEqualTo(encoding);
    assertThat(audio.sampleRate()).isEqualTo(8000);
    assertThat(audio.channels()).isEqualTo(1);
    assertThat(audio.sampleCount()).isEqualTo(samples);
  }

  @Test
  void readsTheSamplesSoxWroteFromEveryLayout() throws IOException {
    short[] pcm = WavReader.read(WavFixtures.bytes("pcm16-mono.wav")).toPcm16Samples();
    assertThat(Arrays.copyOf(pcm, 8)).containsExactly(TONE_PERIOD);

    assertThat(WavReader.read(WavFixtures.bytes("pcm16-mono-extensible.wav")).toPcm16Samples())
        .containsExactly(pcm);
    assertThat(WavReader.read(WavFixtures.bytes("truncated.wav")).toPcm16Samples())
        .containsExactly(Arrays.copyOf(pcm, 78));

    byte[] ulaw = WavReader.read(WavFixtures.bytes("ulaw-mono.wav")).data();
    assertThat(Arrays.copyOf(ulaw, 8))
        .containsExactly(0xFF, 0x99, 0x8F, 0x99, 0xFF, 0x19, 0x0F, 0x19);
    assertThat(WavReader.read(WavFixtures.bytes("ulaw-mono-extensible.wav")).data())
        .containsExactly(ulaw);
    byte[] alaw = WavReader.read(WavFixtures.bytes("alaw-mono.wav")).data();
    assertThat(Arrays.copyOf(alaw, 8))
        .containsExactly(0xD5, 0xB3, 0xA5, 0xB3, 0xD5, 0x33, 0x25, 0x33);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "stereo | pcm16-stereo.wav | stereo WAV not supported: 2 channels",
        "8-bit PCM | pcm8-mono.wav | 8-bit PCM WAV not supported: PCM must have 16 bits per sample",
        "extensible 24-bit PCM | pcm24-mono-extensible.wav"
            + " | 24-bit PCM WAV not supported: PCM must have 16 bits per sample",
        "Sun AU file | not-riff.wav | not a RIFF file: starts with '.snd'",
      })
  void rejectsUnsupportedFixturesSayingWhy(String name, String file, String message) {
    assertThatThrownBy(() -> WavReader.read(WavFixtures.bytes(file)))
        .isInstanceOf(WavFormatException.class)
        .hasMessage(message);
  }

  @Test
  void skipsUnknownChunksAndTheirPadBytes() throws IOException {
    byte[] file =
        riff(
            "WAVE",
            chunk("fmt ", PCM_FMT),
            // LIST/INFO with an 11-byte ICMT: odd inside, so both lists carry a pad byte.
            chunk("LIST", concat(ascii("INFO"), chunk("ICMT", ascii("voicebridg\0")))),
            chunk("junk", new byte[] {1, 2, 3}),
            chunk("data", new byte[] {1, 0, 2, 0}),
            chunk("LIST", ascii("INFO")));

    assertThat(WavReader.read(file).toPcm16Samples()).containsExactly(1, 2);
  }

  @Test
  void readsWhatIsThereWhenTheDataChunkRunsPastTheEnd() throws IOException {
    // A streamed recording: both sizes still hold the placeholder the recorder wrote first, and
    // the last sample was cut in half.
    byte[] file =
        riffDeclaring(
            0xFFFFFFFFL,
            chunk("fmt ", PCM_FMT),
            chunkDeclaring("data", 0xFFFFFFFFL, new byte[] {1, 0, 2, 0, 3}));

    assertThat(WavReader.read(file).toPcm16Samples()).containsExactly(1, 2);
  }

  @Test
  void readsAnOddLengthG711DataChunkFollowedByItsPadByte() throws IOException {
    byte[] file =
        riff(
            "WAVE",
            chunk("fmt ", concat(fmt(7, 1, 8000, 1, 8), new byte[2])),
            chunk("fact", RiffBytes.le32(3)),
            chunk("data", new byte[] {(byte) 0xFF, 0x7F, 0x00}));

    assertThat(WavReader.read(file).data()).containsExactly(0xFF, 0x7F, 0x00);
  }

  @Test
  void readsExtensibleALaw() throws IOException {
    byte[] file =
        riff(
            "WAVE",
            chunk("fmt ", extensibleFmt(8, subtypeGuid(6))),
            chunk("data", new byte[] {(byte) 0xD5, 0x55}));

    WavAudio audio = WavReader.read(file);

    assertThat(audio.encoding()).isEqualTo(WavEncoding.ALAW);
    assertThat(audio.toPcm16Samples()).containsExactly(8, -8);
  }

  static Stream<Arguments> malformedFiles() {
    byte[] data = chunk("data", new byte[2]);
    return Stream.of(
        arguments("empty", new byte[0], "not a WAV file: 0 bytes, shorter than a RIFF header"),
        arguments(
            "big-endian RIFX",
            concat(ascii("RIFX"), RiffBytes.le32(4), ascii("WAVE")),
            "big-endian RIFX files not supported"),
        arguments(
            "RF64",
            concat(ascii("RF64"), RiffBytes.le32(-1), ascii("WAVE")),
            "RF64 (64-bit RIFF) files not supported"),
        arguments(
            "binary garbage",
            new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
            "not a RIFF file: starts with 0x00010203"),
        arguments("AVI file", riff("AVI ", data), "not a WAVE file: RIFF form type is 'AVI '"),
        arguments("no chunks", riff("WAVE"), "no fmt chunk"),
        arguments("no fmt chunk", riff("WAVE", chunk("LIST", ascii("INFO"))), "no fmt chunk"),
        arguments("no data chunk", riff("WAVE", chunk("fmt ", PCM_FMT)), "no data chunk"),
        arguments(
            "cut inside a LIST chunk",
            riff("WAVE", chunk("fmt ", PCM_FMT), chunkDeclaring("LIST", 100, ascii("INFO"))),
            "no data chunk: the 'LIST' chunk at offset 36 declares 100 bytes, past the end of the"
                + " file"),
        arguments(
            "data before fmt",
            riff("WAVE", data, chunk("fmt ", PCM_FMT)),
            "data chunk at offset 12 comes before any fmt chunk"),
        arguments(
            "two fmt chunks",
            riff("WAVE", chunk("fmt ", PCM_FMT), chunk("fmt ", PCM_FMT), data),
            "second fmt chunk at offset 36"),
        arguments(
            "short fmt chunk",
            riff("WAVE", chunk("fmt ", Arrays.copyOf(PCM_FMT, 14)), data),
            "fmt chunk too short: 14 bytes, need 16"),
        arguments(
            "fmt chunk cut off",
            riff("WAVE", chunkDeclaring("fmt ", 16, Arrays.copyOf(PCM_FMT, 10))),
            "fmt chunk truncated: declares 16 bytes, file has 10"),
        arguments(
            "IEEE float",
            riff("WAVE", chunk("fmt ", fmt(3, 1, 8000, 4, 32)), data),
            "unsupported WAV format tag 0x0003 (IEEE float):"
                + " only PCM (1), A-law (6) and mu-law (7) are"),
        arguments(
            "unknown tag",
            riff("WAVE", chunk("fmt ", fmt(0x1234, 1, 8000, 2, 16)), data),
            "unsupported WAV format tag 0x1234: only PCM (1), A-law (6) and mu-law (7) are"),
        arguments(
            "16-bit A-law",
            riff("WAVE", chunk("fmt ", fmt(6, 1, 8000, 2, 16)), data),
            "16-bit A-law WAV not supported: A-law must have 8 bits per sample"),
        arguments(
            "no channels",
            riff("WAVE", chunk("fmt ", fmt(1, 0, 8000, 0, 16)), data),
            "invalid WAV: 0 channels"),
        arguments(
            "surround",
            riff("WAVE", chunk("fmt ", fmt(1, 6, 8000, 12, 16)), data),
            "multichannel WAV not supported: 6 channels"),
        arguments(
            "zero sample rate",
            riff("WAVE", chunk("fmt ", fmt(1, 1, 0, 2, 16)), data),
            "invalid sample rate: 0 Hz"),
        arguments(
            "wrong block align",
            riff("WAVE", chunk("fmt ", fmt(1, 1, 8000, 4, 16)), data),
            "fmt block align is 4 bytes, expected 2 for mono PCM"),
        arguments(
            "extensible float",
            riff("WAVE", chunk("fmt ", extensibleFmt(32, subtypeGuid(3))), data),
            "unsupported WAV format tag 0x0003 (IEEE float):"
                + " only PCM (1), A-law (6) and mu-law (7) are"),
        arguments(
            "extensible ambisonic",
            riff(
                "WAVE",
                chunk(
                    "fmt ",
                    extensibleFmt(
                        16,
                        new byte[] {
                          1,
                          0,
                          0,
                          0,
                          0x21,
                          0x07,
                          (byte) 0xD3,
                          0x11,
                          (byte) 0x86,
                          0x44,
                          (byte) 0xC8,
                          (byte) 0xC1,
                          (byte) 0xCA,
                          0,
                          0,
                          0
                        })),
                data),
            "unsupported WAVE_FORMAT_EXTENSIBLE sub-format 00000001-0721-11D3-8644-C8C1CA000000"),
        arguments(
            "extensible without extension",
            riff("WAVE", chunk("fmt ", fmt(0xFFFE, 1, 8000, 2, 16)), data),
            "WAVE_FORMAT_EXTENSIBLE fmt chunk too short: 16 bytes, need 40"),
        arguments(
            "extensible with cbSize 0",
            riff("WAVE", chunk("fmt ", extensibleWithCbSize(0)), data),
            "WAVE_FORMAT_EXTENSIBLE cbSize is 0, need 22"));
  }

  private static byte[] extensibleWithCbSize(int cbSize) {
    byte[] fmt = extensibleFmt(16, subtypeGuid(1));
    fmt[16] = (byte) cbSize;
    return fmt;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void rejectsMalformedFilesWithAPreciseMessage(String name, byte[] file, String message) {
    assertThatThrownBy(() -> WavReader.read(file))
        .isInstanceOf(WavFormatException.class)
        .hasMessage(message);
  }

  @Test
  void readsPathsAndStreamsLikeBytes(@TempDir Path dir) throws IOException {
    byte[] bytes = WavFixtures.bytes("ulaw-mono.wav");
    Path path = Files.write(dir.resolve("prompt.wav"), bytes);

    WavAudio expected = WavReader.read(bytes);

    assertThat(WavReader.read(path)).isEqualTo(expected);
    assertThat(WavReader.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
  }

  @Test
  void reportsAMissingFileAsAnIoErrorRatherThanAFormatError(@TempDir Path dir) {
    assertThatThrownBy(() -> WavReader.read(dir.resolve("missing.wav")))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(WavFormatException.class);
  }
}
