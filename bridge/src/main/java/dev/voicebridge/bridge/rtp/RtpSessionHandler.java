package dev.voicebridge.bridge.rtp;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound handler of a call's RTP channel: hands every datagram to the call's {@link
 * RtpReceiver} and releases it at once (the payload has been copied into the jitter buffer). Errors
 * on the socket are logged, never allowed to close it: one bad datagram or a transient ICMP error
 * must not end the call's media.
 *
 * <p>One instance per channel (a bind retry gets a fresh one); the state lives in the receiver.
 */
final class RtpSessionHandler extends ChannelInboundHandlerAdapter {
  private static final Logger logger = LoggerFactory.getLogger(RtpSessionHandler.class);

  private final RtpReceiver receiver;

  RtpSessionHandler(RtpReceiver receiver) {
    this.receiver = receiver;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof DatagramPacket)) {
      ctx.fireChannelRead(msg);
      return;
    }
    DatagramPacket datagram = (DatagramPacket) msg;
    try {
      receiver.receive(datagram, ctx.channel().eventLoop().ticker().nanoTime());
    } finally {
      datagram.release();
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    logger.debug("RTP channel {}: {}", ctx.channel(), cause.toString());
  }
}
