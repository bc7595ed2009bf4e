package dev.voicebridge.bridge.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each UDP datagram into an {@link RtpPacket} (a retained view, no copy). Datagrams that
 * are not RTP never raise an exception into the pipeline: RTCP multiplexed on the port (RFC 5761)
 * goes to an {@link RtcpReceiver} and is counted; anything malformed is counted and dropped. Every
 * datagram is released by the decoder.
 *
 * <p>Stateless apart from its counters, so one instance may be shared by many channels.
 */
@ChannelHandler.Sharable
public final class DatagramRtpPacketDecoder extends MessageToMessageDecoder<DatagramPacket> {
  private static final Logger logger = LoggerFactory.getLogger(DatagramRtpPacketDecoder.class);

  private final RtcpReceiver rtcpReceiver;
  private final LongAdder decoded = new LongAdder();
  private final LongAdder invalid = new LongAdder();
  private final LongAdder rtcp = new LongAdder();

  /** A decoder that counts and discards RTCP. */
  public DatagramRtpPacketDecoder() {
    this(RtcpReceiver.DISCARD);
  }

  /**
   * A decoder that hands RTCP to {@code rtcpReceiver}.
   *
   * @param rtcpReceiver receives RTCP datagrams, borrowed for the duration of the call
   */
  public DatagramRtpPacketDecoder(RtcpReceiver rtcpReceiver) {
    super(DatagramPacket.class);
    this.rtcpReceiver = Objects.requireNonNull(rtcpReceiver, "rtcpReceiver");
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, DatagramPacket msg, List<Object> out) {
    ByteBuf content = msg.content();
    RtpVerdict verdict =
        RtpHeaders.verdict(content, content.readerIndex(), content.readableBytes());
    switch (verdict) {
      case RTP:
        decoded.increment();
        out.add(RtpPacket.retainedSliceOf(content));
        break;
      case RTCP:
        rtcp.increment();
        rtcpReceiver.rtcpReceived(content, msg.sender());
        break;
      default:
        invalid.increment();
        if (logger.isTraceEnabled()) {
          logger.trace("dropped {} datagram from {}", verdict, msg.sender());
        }
        break;
    }
  }

  /** RTP packets passed on. */
  public long decodedCount() {
    return decoded.sum();
  }

  /** Datagrams dropped because they were neither RTP nor RTCP. */
  public long invalidCount() {
    return invalid.sum();
  }

  /** RTCP datagrams recognised and handed to the {@link RtcpReceiver}. */
  public long rtcpCount() {
    return rtcp.sum();
  }
}
