package dev.voicebridge.codec.wav;

import java.util.Locale;
import java.util.Map;

/**
 * The parsed and validated contents of a WAVE {@code fmt} chunk, in either its plain layout or
 * {@code WAVE_FORMAT_EXTENSIBLE}:
 *
 * <pre>
 * offset size field
 *      0    2 wFormatTag          1 PCM, 6 A-law, 7 μ-law, 0xFFFE extensible
 *      2    2 nChannels
 *      4    4 nSamplesPerSec
 *      8    4 nAvgBytesPerSec     redundant; not checked
 *     12    2 nBlockAlign         bytes per sample frame
 *     14    2 wBitsPerSample
 *     16    2 cbSize              extensible only, from here on: at least 22
 *     18    2 wValidBitsPerSample
 *     20    4 dwChannelMask
 *     24   16 SubFormat           GUID whose first field is the real format tag
 * </pre>
 */
record FmtChunk(WavEncoding encoding, int sampleRate, int blockAlign) {

  private static final int EXTENSIBLE = 0xFFFE;

  private static final int PLAIN_SIZE = 16;
  private static final int EXTENSIBLE_SIZE = 40;

  /** Bytes 4 to 15 of every KSDATAFORMAT_SUBTYPE GUID built from a format tag. */
  private static final byte[] SUBTYPE_SUFFIX = {
    0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
  };

  /** Tags seen in the wild, named in error messages so that the user knows what the file is. */
  private static final Map<Integer, String> OTHER_TAGS =
      Map.of(
          0x0002, "Microsoft ADPCM",
          0x0003, "IEEE float",
          0x0011, "IMA ADPCM",
          0x0031, "GSM 6.10",
          0x0050, "MPEG",
          0x0055, "MPEG Layer 3");

  /**
   * Parses a {@code fmt} chunk body.
   *
   * @param file the whole file
   * @param offset where the chunk body starts
   * @param size the body size declared in the chunk header
   */
  static FmtChunk parse(byte[] file, int offset, long size) throws WavFormatException {
    if (size < PLAIN_SIZE) {
      throw new WavFormatException("fmt chunk too short: " + size + " bytes, need 16");
    }
    if (offset + size > file.length) {
      throw new WavFormatException(
          "fmt chunk truncated: declares " + size + " bytes, file has " + (file.length - offset));
    }
    int tag = Le.u16(file, offset);
    int channels = Le.u16(file, offset + 2);
    long sampleRate = Le.u32(file, offset + 4);
    int blockAlign = Le.u16(file, offset + 12);
    int bits = Le.u16(file, offset + 14);
    if (tag == EXTENSIBLE) {
      tag = subFormatTag(file, offset, size);
    }
    checkChannels(channels);
    if (sampleRate == 0 || sampleRate > Integer.MAX_VALUE) {
      throw new WavFormatException("invalid sample rate: " + sampleRate + " Hz");
    }
    WavEncoding encoding = encodingOf(tag, bits);
    int expectedAlign = channels * encoding.bytesPerSample();
    if (blockAlign != expectedAlign) {
      throw new WavFormatException(
          "fmt block align is "
              + blockAlign
              + " bytes, expected "
              + expectedAlign
              + " for mono "
              + nameOf(encoding));
    }
    return new FmtChunk(encoding, (int) sampleRate, blockAlign);
  }

  private static int subFormatTag(byte[] file, int offset, long size) throws WavFormatException {
    if (size < EXTENSIBLE_SIZE) {
      throw new WavFormatException(
          "WAVE_FORMAT_EXTENSIBLE fmt chunk too short: " + size + " bytes, need 40");
    }
    int cbSize = Le.u16(file, offset + 16);
    if (cbSize < EXTENSIBLE_SIZE - 18) {
      throw new WavFormatException("WAVE_FORMAT_EXTENSIBLE cbSize is " + cbSize + ", need 22");
    }
    int guid = offset + 24;
    boolean knownBase = Le.u16(file, guid + 2) == 0;
    for (int i = 0; i < SUBTYPE_SUFFIX.length; i++) {
      knownBase &= file[guid + 4 + i] == SUBTYPE_SUFFIX[i];
    }
    if (!knownBase) {
      throw new WavFormatException(
          "unsupported WAVE_FORMAT_EXTENSIBLE sub-format " + guidString(file, guid));
    }
    return Le.u16(file, guid);
  }

  private static void checkChannels(int channels) throws WavFormatException {
    if (channels == 1) {
      return;
    }
    if (channels == 2) {
      throw new WavFormatException("stereo WAV not supported: 2 channels");
    }
    if (channels == 0) {
      throw new WavFormatException("invalid WAV: 0 channels");
    }
    throw new WavFormatException("multichannel WAV not supported: " + channels + " channels");
  }

  private static WavEncoding encodingOf(int tag, int bits) throws WavFormatException {
    for (WavEncoding encoding : WavEncoding.values()) {
      if (encoding.formatTag() == tag) {
        if (bits != encoding.bitsPerSample()) {
          String name = nameOf(encoding);
          throw new WavFormatException(
              bits
                  + "-bit "
                  + name
                  + " WAV not supported: "
                  + name
                  + " must have "
                  + encoding.bitsPerSample()
                  + " bits per sample");
        }
        return encoding;
      }
    }
    String known = OTHER_TAGS.get(tag);
    throw new WavFormatException(
        String.format(
            Locale.ROOT,
            "unsupported WAV format tag 0x%04X%s: only PCM (1), A-law (6) and mu-law (7) are",
            tag,
            known == null ? "" : " (" + known + ")"));
  }

  private static String nameOf(WavEncoding encoding) {
    return switch (encoding) {
      case PCM16 -> "PCM";
      case ALAW -> "A-law";
      case ULAW -> "mu-law";
    };
  }

  private static String guidString(byte[] file, int at) {
    return String.format(
        Locale.ROOT,
        "%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X",
        Le.u32(file, at),
        Le.u16(file, at + 4),
        Le.u16(file, at + 6),
        file[at + 8],
        file[at + 9],
        file[at + 10],
        file[at + 11],
        file[at + 12],
        file[at + 13],
        file[at + 14],
        file[at + 15]);
  }
}
