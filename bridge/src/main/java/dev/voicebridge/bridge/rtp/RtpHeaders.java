package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;

/**
 * Reads and writes the RTP header (RFC 3550 §5.1) in place, at absolute indexes of a {@link
 * ByteBuf}, without allocating. Every method takes the index of the packet's first octet.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |  octets 0-3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           timestamp                           |  octets 4-7
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           synchronization source (SSRC) identifier            |  octets 8-11
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |            contributing source (CSRC) identifiers             |  CC x 4 octets
 * |                             ....                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      defined by profile       |           length              |  if X=1 (§5.3.1)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        header extension                       |  length x 4 octets
 * |                             ....                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            payload                            |
 * |                             ....              +-+-+-+-+-+-+-+-+
 * |                                               | padding count |  if P=1: the last octet
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+   counts itself too
 * </pre>
 *
 * <p>The field readers assume a packet that {@link #verdict} accepted as {@link RtpVerdict#RTP}.
 * Unsigned fields are widened: the sequence number to an {@code int} in 0-65535, the timestamp and
 * SSRC to a {@code long} in 0-2<sup>32</sup>-1.
 */
public final class RtpHeaders {
  /** The only RTP version in use (RFC 3550 §5.1). */
  public static final int VERSION = 2;

  /** Octets before the CSRC list. */
  public static final int FIXED_HEADER_LENGTH = 12;

  /** Octets of the header extension's own header (profile and length). */
  private static final int EXTENSION_HEADER_LENGTH = 4;

  // RFC 5761 §4: a second octet in 192-223 is an RTCP packet type (SR 200 ... XR 207 and the
  // reserved neighbours); RTP payload types 64-95 must not be used when RTP and RTCP share a port.
  private static final int RTCP_SECOND_OCTET_MIN = 192;
  private static final int RTCP_SECOND_OCTET_MAX = 223;

  private RtpHeaders() {}

  /**
   * Classifies the datagram {@code buf[offset, offset + length)}: RTP, RTCP, or the reason it is
   * neither. Never throws for any content.
   *
   * @param buf the datagram
   * @param offset absolute index of its first octet
   * @param length its length in octets
   * @return the verdict
   */
  public static RtpVerdict verdict(ByteBuf buf, int offset, int length) {
    if (length < 2) {
      return RtpVerdict.TRUNCATED;
    }
    if (version(buf, offset) != VERSION) {
      return RtpVerdict.BAD_VERSION;
    }
    int secondOctet = buf.getUnsignedByte(offset + 1);
    if (secondOctet >= RTCP_SECOND_OCTET_MIN && secondOctet <= RTCP_SECOND_OCTET_MAX) {
      return RtpVerdict.RTCP;
    }
    int headerLength = FIXED_HEADER_LENGTH + 4 * csrcCount(buf, offset);
    if (length < headerLength) {
      return RtpVerdict.TRUNCATED;
    }
    if (hasExtension(buf, offset)) {
      if (length < headerLength + EXTENSION_HEADER_LENGTH) {
        return RtpVerdict.TRUNCATED;
      }
      headerLength += EXTENSION_HEADER_LENGTH + 4 * buf.getUnsignedShort(offset + headerLength + 2);
      if (length < headerLength) {
        return RtpVerdict.TRUNCATED;
      }
    }
    if (hasPadding(buf, offset)) {
      int padding = buf.getUnsignedByte(offset + length - 1);
      if (padding == 0 || padding > length - headerLength) {
        return RtpVerdict.BAD_PADDING;
      }
    }
    return RtpVerdict.RTP;
  }

  /** The version field V: 2 for every packet worth reading. */
  public static int version(ByteBuf buf, int offset) {
    return buf.getUnsignedByte(offset) >>> 6;
  }

  /** The padding bit P: the payload is followed by padding whose last octet counts it. */
  public static boolean hasPadding(ByteBuf buf, int offset) {
    return (buf.getByte(offset) & 0x20) != 0;
  }

  /** The extension bit X: one header extension follows the CSRC list. */
  public static boolean hasExtension(ByteBuf buf, int offset) {
    return (buf.getByte(offset) & 0x10) != 0;
  }

  /** The CSRC count CC, 0-15. */
  public static int csrcCount(ByteBuf buf, int offset) {
    return buf.getByte(offset) & 0x0F;
  }

  /** The marker bit M; for audio, the first packet of a talkspurt (RFC 3551 §4.1). */
  public static boolean marker(ByteBuf buf, int offset) {
    return (buf.getByte(offset + 1) & 0x80) != 0;
  }

  /** The payload type PT, 0-127. */
  public static int payloadType(ByteBuf buf, int offset) {
    return buf.getByte(offset + 1) & 0x7F;
  }

  /** The sequence number, 0-65535. */
  public static int sequenceNumber(ByteBuf buf, int offset) {
    return buf.getUnsignedShort(offset + 2);
  }

  /** The timestamp, 0-2<sup>32</sup>-1, in units of the payload's clock rate. */
  public static long timestamp(ByteBuf buf, int offset) {
    return buf.getUnsignedInt(offset + 4);
  }

  /** The synchronization source identifier, 0-2<sup>32</sup>-1. */
  public static long ssrc(ByteBuf buf, int offset) {
    return buf.getUnsignedInt(offset + 8);
  }

  /**
   * One contributing source identifier.
   *
   * @param index 0 to {@link #csrcCount} - 1
   */
  public static long csrc(ByteBuf buf, int offset, int index) {
    if (index < 0 || index >= csrcCount(buf, offset)) {
      throw new IndexOutOfBoundsException("CSRC index " + index);
    }
    return buf.getUnsignedInt(offset + FIXED_HEADER_LENGTH + 4 * index);
  }

  /** Octets before the payload: fixed header, CSRC list and header extension. */
  public static int headerLength(ByteBuf buf, int offset) {
    int length = FIXED_HEADER_LENGTH + 4 * csrcCount(buf, offset);
    if (hasExtension(buf, offset)) {
      length += EXTENSION_HEADER_LENGTH + 4 * buf.getUnsignedShort(offset + length + 2);
    }
    return length;
  }

  /** Octets of padding at the end of a packet of {@code length} octets; 0 without P. */
  public static int paddingLength(ByteBuf buf, int offset, int length) {
    return hasPadding(buf, offset) ? buf.getUnsignedByte(offset + length - 1) : 0;
  }

  /** Octets of payload in a packet of {@code length} octets, padding excluded. */
  public static int payloadLength(ByteBuf buf, int offset, int length) {
    return length - headerLength(buf, offset) - paddingLength(buf, offset, length);
  }

  /**
   * Appends a 12-octet header with no padding, extension or CSRC at the writer index.
   *
   * @param dst the buffer to write to
   * @param marker the marker bit
   * @param payloadType 0-127
   * @param sequenceNumber taken modulo 2<sup>16</sup>
   * @param timestamp taken modulo 2<sup>32</sup>
   * @param ssrc taken modulo 2<sup>32</sup>
   */
  public static void writeHeader(
      ByteBuf dst, boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc) {
    if ((payloadType & ~0x7F) != 0) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
    dst.writeByte(VERSION << 6);
    dst.writeByte((marker ? 0x80 : 0) | payloadType);
    dst.writeShort(sequenceNumber);
    dst.writeInt((int) timestamp);
    dst.writeInt((int) ssrc);
  }
}
