package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving half of a call's RTP: sorts each datagram (RTP, RTCP, invalid), keeps only RTP of
 * the negotiated payload type from the latched source, and feeds it to the jitter buffer. Reads the
 * header in place and copies only the payload, into the jitter buffer's slot: no allocation per
 * packet.
 *
 * <p>Single-threaded: the call's event loop. Datagrams are borrowed for the duration of the call.
 */
final class RtpReceiver {
  private static final Logger logger = LoggerFactory.getLogger(RtpReceiver.class);

  private final RtpAudioFormat format;
  private final JitterBuffer jitterBuffer;
  private final SymmetricRtpLatch latch;
  private final RtcpReceiver rtcpReceiver;

  private long packetsIn;
  private long bytesIn;
  private long invalid;
  private long rtcp;
  private long foreign;
  private long unexpectedPayloadType;

  RtpReceiver(
      RtpAudioFormat format,
      JitterBuffer jitterBuffer,
      SymmetricRtpLatch latch,
      RtcpReceiver rtcpReceiver) {
    this.format = Objects.requireNonNull(format, "format");
    this.jitterBuffer = Objects.requireNonNull(jitterBuffer, "jitterBuffer");
    this.latch = Objects.requireNonNull(latch, "latch");
    this.rtcpReceiver = Objects.requireNonNull(rtcpReceiver, "rtcpReceiver");
  }

  /**
   * Handles one datagram; never throws for its content.
   *
   * @param buf the datagram's readable bytes; borrowed, not retained
   * @param sender where it came from
   * @param arrivalNanos when it was read, on the pacer's clock
   */
  void receive(ByteBuf buf, InetSocketAddress sender, long arrivalNanos) {
    int offset = buf.readerIndex();
    int length = buf.readableBytes();
    RtpVerdict verdict = RtpHeaders.verdict(buf, offset, length);
    if (verdict == RtpVerdict.RTP) {
      receiveRtp(buf, offset, length, sender, arrivalNanos);
    } else if (verdict == RtpVerdict.RTCP) {
      rtcp++;
      rtcpReceiver.rtcpReceived(buf, sender);
    } else {
      invalid++;
      if (logger.isTraceEnabled()) {
        logger.trace("dropped {} datagram from {}", verdict, sender);
      }
    }
  }

  /** Counts a datagram dropped before it got here (too large to be audio RTP). */
  void dropInvalid() {
    invalid++;
  }

  private void receiveRtp(
      ByteBuf buf, int offset, int length, InetSocketAddress sender, long arrivalNanos) {
    // Seam for RFC 4733 telephone-event (DTMF) and RFC 3389 comfort noise: other payload types
    // are counted and dropped for now.
    if (RtpHeaders.payloadType(buf, offset) != format.payloadType()) {
      unexpectedPayloadType++;
      return;
    }
    if (!latch.accept(sender)) {
      foreign++;
      return;
    }
    packetsIn++;
    bytesIn += RtpHeaders.payloadLength(buf, offset, length);
    jitterBuffer.offer(buf, offset, length, arrivalNanos);
  }

  /** The next frame period's audio; see {@link JitterBuffer#poll}. */
  Playout poll(byte[] dst) {
    return jitterBuffer.poll(dst);
  }

  JitterBuffer jitterBuffer() {
    return jitterBuffer;
  }

  SymmetricRtpLatch latch() {
    return latch;
  }

  /** RTP packets of the negotiated type accepted from the latched source. */
  long packetsIn() {
    return packetsIn;
  }

  /** Their payload octets. */
  long bytesIn() {
    return bytesIn;
  }

  long invalid() {
    return invalid;
  }

  long rtcp() {
    return rtcp;
  }

  /** Valid RTP from a source other than the latched one, dropped. */
  long foreign() {
    return foreign;
  }

  long unexpectedPayloadType() {
    return unexpectedPayloadType;
  }
}
