package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;

/**
 * A read-only view of one RTP packet (RFC 3550 §5.1) over a retained slice of the buffer it arrived
 * in. The header fields are read in place through {@link RtpHeaders}; nothing is copied.
 *
 * <p>Ownership: an {@code RtpPacket} holds one reference to its {@link #content()}; whoever holds
 * the packet releases it. {@link #retainedSliceOf} leaves the caller's own reference untouched.
 *
 * <p>The per-call hot path does not create these: {@link RtpReceiver} reads the header in
 * place and copies the payload straight into the jitter buffer. This type serves message-oriented
 * pipelines ({@link DatagramRtpPacketDecoder}), tools and tests.
 */
public final class RtpPacket implements ByteBufHolder {
  private final ByteBuf content;
  private final int headerLength;
  private final int payloadLength;

  private RtpPacket(ByteBuf content) {
    this.content = content;
    int offset = content.readerIndex();
    this.headerLength = RtpHeaders.headerLength(content, offset);
    this.payloadLength = RtpHeaders.payloadLength(content, offset, content.readableBytes());
  }

  /**
   * Returns a view of the readable bytes of {@code buf}, which must hold exactly one RTP packet.
   * The view holds its own reference (a retained slice); {@code buf} is neither consumed nor
   * released.
   *
   * @throws IllegalArgumentException if {@link RtpHeaders#verdict} is not {@link RtpVerdict#RTP};
   *     the message names the verdict
   */
  public static RtpPacket retainedSliceOf(ByteBuf buf) {
    check(buf);
    return new RtpPacket(buf.retainedSlice().asReadOnly());
  }

  private static void check(ByteBuf buf) {
    RtpVerdict verdict = RtpHeaders.verdict(buf, buf.readerIndex(), buf.readableBytes());
    if (verdict != RtpVerdict.RTP) {
      throw new IllegalArgumentException("not an RTP packet: " + verdict);
    }
  }

  private int offset() {
    return content.readerIndex();
  }

  /** The version field; always 2. */
  public int version() {
    return RtpHeaders.version(content, offset());
  }

  /** Whether the packet carries padding (excluded from {@link #payload()}). */
  public boolean hasPadding() {
    return RtpHeaders.hasPadding(content, offset());
  }

  /** Whether a header extension follows the CSRC list (skipped by {@link #payload()}). */
  public boolean hasExtension() {
    return RtpHeaders.hasExtension(content, offset());
  }

  /** The number of contributing sources, 0-15. */
  public int csrcCount() {
    return RtpHeaders.csrcCount(content, offset());
  }

  /** The {@code index}-th contributing source, 0-2<sup>32</sup>-1. */
  public long csrc(int index) {
    return RtpHeaders.csrc(content, offset(), index);
  }

  /** The marker bit. */
  public boolean marker() {
    return RtpHeaders.marker(content, offset());
  }

  /** The payload type, 0-127. */
  public int payloadType() {
    return RtpHeaders.payloadType(content, offset());
  }

  /** The sequence number, 0-65535. */
  public int sequenceNumber() {
    return RtpHeaders.sequenceNumber(content, offset());
  }

  /** The timestamp, 0-2<sup>32</sup>-1. */
  public long timestamp() {
    return RtpHeaders.timestamp(content, offset());
  }

  /** The synchronization source, 0-2<sup>32</sup>-1. */
  public long ssrc() {
    return RtpHeaders.ssrc(content, offset());
  }

  /** Octets before the payload: fixed header, CSRCs and extension. */
  public int headerLength() {
    return headerLength;
  }

  /** Octets of payload, padding excluded. */
  public int payloadLength() {
    return payloadLength;
  }

  /** Octets of padding after the payload. */
  public int paddingLength() {
    return RtpHeaders.paddingLength(content, offset(), content.readableBytes());
  }

  /** The payload, padding excluded, as a slice sharing this packet's reference (not retained). */
  public ByteBuf payload() {
    return content.slice(offset() + headerLength, payloadLength);
  }

  /** Octets {@link #writeTo} appends: the whole packet as received. */
  public int encodedLength() {
    return content.readableBytes();
  }

  /** Appends the whole packet to {@code dst} at its writer index. */
  public void writeTo(ByteBuf dst) {
    dst.writeBytes(content, content.readerIndex(), content.readableBytes());
  }

  @Override
  public ByteBuf content() {
    return content;
  }

  @Override
  public RtpPacket copy() {
    return replace(content.copy());
  }

  @Override
  public RtpPacket duplicate() {
    return replace(content.duplicate());
  }

  @Override
  public RtpPacket retainedDuplicate() {
    return replace(content.retainedDuplicate());
  }

  /**
   * Wraps {@code content}, taking over the caller's reference; it must hold one RTP packet.
   *
   * @throws IllegalArgumentException if it does not; {@code content} is then left unreleased
   */
  @Override
  public RtpPacket replace(ByteBuf content) {
    check(content);
    return new RtpPacket(content.asReadOnly());
  }

  @Override
  public int refCnt() {
    return content.refCnt();
  }

  @Override
  public RtpPacket retain() {
    content.retain();
    return this;
  }

  @Override
  public RtpPacket retain(int increment) {
    content.retain(increment);
    return this;
  }

  @Override
  public RtpPacket touch() {
    content.touch();
    return this;
  }

  @Override
  public RtpPacket touch(Object hint) {
    content.touch(hint);
    return this;
  }

  @Override
  public boolean release() {
    return content.release();
  }

  @Override
  public boolean release(int decrement) {
    return content.release(decrement);
  }

  @Override
  public String toString() {
    if (refCnt() == 0) {
      return "RtpPacket(freed)";
    }
    return "RtpPacket(pt="
        + payloadType()
        + ", seq="
        + sequenceNumber()
        + ", ts="
        + timestamp()
        + ", ssrc="
        + ssrc()
        + (marker() ? ", marker" : "")
        + ", payload="
        + payloadLength
        + ")";
  }
}
