package dev.voicebridge.codec.g711;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The two G.711 companding laws, with their RTP and SDP identities and table-driven conversion
 * between 8-bit codes and signed 16-bit linear samples.
 *
 * <p>Conversions are bit-exact with ITU-T G.191 {@code g711.c}. Decoding is one lookup in a
 * 256-entry table and encoding one lookup in a 65,536-entry table indexed by the raw sample; both
 * are built once when the class is initialized. The frame methods write into caller-supplied arrays
 * and never allocate, so they can run on the media path for every 20 ms packet.
 *
 * <p>Frame methods check their ranges before writing anything and throw {@link
 * IndexOutOfBoundsException} if a range does not fit its array. Source and destination ranges must
 * not overlap.
 */
public enum G711Law {
  /** μ-law, used in North America and Japan: RTP payload type 0, SDP name {@code PCMU}. */
  ULAW(0, "PCMU", 0xFF, G711Tables.ulawDecodeTable(), G711Tables.ulawEncodeTable()),

  /** A-law, used in most other countries: RTP payload type 8, SDP name {@code PCMA}. */
  ALAW(8, "PCMA", 0xD5, G711Tables.alawDecodeTable(), G711Tables.alawEncodeTable());

  /** The sampling rate of G.711, which is also its RTP clock rate, in hertz. */
  public static final int SAMPLE_RATE = 8000;

  private final int payloadType;
  private final String encodingName;
  private final byte silenceByte;
  private final short[] decodeTable;
  private final byte[] encodeTable;

  G711Law(
      int payloadType,
      String encodingName,
      int silenceByte,
      short[] decodeTable,
      byte[] encodeTable) {
    this.payloadType = payloadType;
    this.encodingName = encodingName;
    this.silenceByte = (byte) silenceByte;
    this.decodeTable = decodeTable;
    this.encodeTable = encodeTable;
  }

  /**
   * Returns the static RTP payload type assigned to this law by RFC 3551: 0 for μ-law, 8 for A-law.
   */
  public int payloadType() {
    return payloadType;
  }

  /** Returns the encoding name used in SDP {@code a=rtpmap} lines: {@code PCMU} or {@code PCMA}. */
  public String encodingName() {
    return encodingName;
  }

  /**
   * Returns the code that encodes digital silence: {@code 0xFF} (zero) for μ-law, {@code 0xD5} (the
   * smallest positive level, +8) for A-law, which has no code for zero.
   */
  public byte silenceByte() {
    return silenceByte;
  }

  /**
   * Returns the law with the given static RTP payload type.
   *
   * @param payloadType an RTP payload type, 0 to 127
   * @return the law, or empty if the payload type is neither 0 nor 8
   */
  public static Optional<G711Law> forPayloadType(int payloadType) {
    for (G711Law law : values()) {
      if (law.payloadType == payloadType) {
        return Optional.of(law);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the law with the given SDP encoding name, ignoring case as RFC 4855 requires for media
   * subtype names.
   *
   * @param encodingName an encoding name from an {@code a=rtpmap} line, such as {@code "pcmu"}
   * @return the law, or empty if the name is neither PCMU nor PCMA
   */
  public static Optional<G711Law> forEncodingName(String encodingName) {
    String upper = Objects.requireNonNull(encodingName, "encodingName").toUpperCase(Locale.ROOT);
    for (G711Law law : values()) {
      if (law.encodingName.equals(upper)) {
        return Optional.of(law);
      }
    }
    return Optional.empty();
  }

  /**
   * Decodes one code.
   *
   * @param code a G.711 code of this law, as transmitted
   * @return the linear 16-bit sample the code stands for
   */
  public short decode(byte code) {
    return decodeTable[code & 0xFF];
  }

  /**
   * Encodes one sample.
   *
   * @param sample a linear 16-bit sample
   * @return the G.711 code of this law for the sample
   */
  public byte encode(short sample) {
    return encodeTable[sample & 0xFFFF];
  }

  /**
   * Decodes a run of codes into linear samples.
   *
   * @param src the codes
   * @param srcOff the index of the first code in {@code src}
   * @param dst the array receiving the samples
   * @param dstOff the index in {@code dst} of the first sample written
   * @param len the number of codes to decode
   * @throws IndexOutOfBoundsException if a range does not fit its array
   */
  public void decode(byte[] src, int srcOff, short[] dst, int dstOff, int len) {
    Objects.checkFromIndexSize(srcOff, len, src.length);
    Objects.checkFromIndexSize(dstOff, len, dst.length);
    short[] table = decodeTable;
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = table[src[srcOff + i] & 0xFF];
    }
  }

  /**
   * Encodes a run of linear samples into codes.
   *
   * @param src the samples
   * @param srcOff the index of the first sample in {@code src}
   * @param dst the array receiving the codes
   * @param dstOff the index in {@code dst} of the first code written
   * @param len the number of samples to encode
   * @throws IndexOutOfBoundsException if a range does not fit its array
   */
  public void encode(short[] src, int srcOff, byte[] dst, int dstOff, int len) {
    Objects.checkFromIndexSize(srcOff, len, src.length);
    Objects.checkFromIndexSize(dstOff, len, dst.length);
    byte[] table = encodeTable;
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = table[src[srcOff + i] & 0xFFFF];
    }
  }

  /**
   * Decodes a run of codes into 16-bit little-endian PCM bytes, the sample format of Voice Live's
   * {@code pcm16} audio and of PCM WAV files.
   *
   * @param src the codes
   * @param srcOff the index of the first code in {@code src}
   * @param dst the array receiving two bytes per sample, low byte first
   * @param dstOff the index in {@code dst} of the first byte written
   * @param len the number of codes to decode; {@code 2 * len} bytes are written
   * @throws IndexOutOfBoundsException if a range does not fit its array
   */
  public void decodeToPcm16Le(byte[] src, int srcOff, byte[] dst, int dstOff, int len) {
    Objects.checkFromIndexSize(srcOff, len, src.length);
    Objects.checkFromIndexSize(dstOff, 2 * len, dst.length);
    short[] table = decodeTable;
    for (int i = 0; i < len; i++) {
      short sample = table[src[srcOff + i] & 0xFF];
      int at = dstOff + 2 * i;
      dst[at] = (byte) sample;
      dst[at + 1] = (byte) (sample >> 8);
    }
  }

  /**
   * Encodes 16-bit little-endian PCM bytes into codes.
   *
   * @param src the samples, two bytes each, low byte first
   * @param srcOff the index in {@code src} of the first sample's low byte
   * @param dst the array receiving the codes
   * @param dstOff the index in {@code dst} of the first code written
   * @param sampleCount the number of samples to encode; {@code 2 * sampleCount} bytes are read
   * @throws IndexOutOfBoundsException if a range does not fit its array
   */
  public void encodeFromPcm16Le(byte[] src, int srcOff, byte[] dst, int dstOff, int sampleCount) {
    Objects.checkFromIndexSize(srcOff, 2 * sampleCount, src.length);
    Objects.checkFromIndexSize(dstOff, sampleCount, dst.length);
    byte[] table = encodeTable;
    for (int i = 0; i < sampleCount; i++) {
      int at = srcOff + 2 * i;
      // The two bytes already form the unsigned table index; no sign extension needed.
      dst[dstOff + i] = table[(src[at] & 0xFF) | (src[at + 1] & 0xFF) << 8];
    }
  }
}
