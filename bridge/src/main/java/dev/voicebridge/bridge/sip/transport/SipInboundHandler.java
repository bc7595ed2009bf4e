package dev.voicebridge.bridge.sip.transport;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.codec.SipKeepAlive;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a SIP socket or connection: stamps the top Via of each request with where it
 * came from, counts it, and hands it to the {@link SipMessageSink} with the flow it arrived on.
 * Answers stream keep-alive pings (RFC 5626 §3.5.1).
 *
 * <p>Nothing thrown here may take a UDP socket down, which every call shares: errors are logged
 * and the socket stays open. A TCP connection that fails is closed.
 */
@Sharable
public final class SipInboundHandler extends ChannelInboundHandlerAdapter {
  private static final Logger log = LoggerFactory.getLogger(SipInboundHandler.class);

  private final SipTransport transport;
  private final SipMessageSink sink;
  private final SipStats stats;

  /**
   * Creates the handler.
   *
   * @param transport the transport of the channels it is added to
   * @param sink where received messages go
   * @param stats where received requests and responses are counted
   */
  public SipInboundHandler(SipTransport transport, SipMessageSink sink, SipStats stats) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.stats = Objects.requireNonNull(stats, "stats");
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg == SipKeepAlive.PING) {
      ctx.writeAndFlush(Unpooled.wrappedBuffer(SipKeepAlive.PONG_BYTES));
      return;
    }
    if (!(msg instanceof InboundSipMessage inbound)) {
      ctx.fireChannelRead(msg);
      return;
    }
    SipFlow flow = transport == SipTransport.UDP
        ? SipFlow.udp(ctx.channel(), inbound.sender())
        : SipFlow.tcp(ctx.channel());
    if (inbound.message() instanceof SIPRequest request) {
      stats.requestReceived(request.getMethod());
      ViaAddressing.stampReceived(request, inbound.sender());
    } else {
      stats.responseReceived(((SIPResponse) inbound.message()).getStatusCode());
    }
    sink.receive(inbound, flow);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (transport.isReliable()) {
      log.debug("Closing SIP connection from {}", ctx.channel().remoteAddress(), cause);
      ctx.close();
    } else {
      log.warn("Error on the SIP UDP socket {}", ctx.channel().localAddress(), cause);
    }
  }
}
