package dev.voicebridge.bridge.sip.codec;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one SIP message per UDP datagram into an {@link
 * dev.voicebridge.bridge.sip.message.InboundSipMessage}.
 *
 * <p>A datagram that cannot be parsed is dropped and counted, never closing the socket or raising
 * an exception in the pipeline: one bad peer must not disturb the calls of the others. Keep-alive
 * datagrams (CRLFs, as some phones and SBCs send; RFC 5626's STUN keep-alives are not SIP) are
 * dropped silently before parsing.
 */
@Sharable
public final class DatagramSipMessageDecoder extends MessageToMessageDecoder<DatagramPacket> {
  private static final Logger log = LoggerFactory.getLogger(DatagramSipMessageDecoder.class);

  private final SipMessageParser parser;
  private final SipStats stats;
  private final int maxMessageSize;

  /**
   * Creates the decoder.
   *
   * @param parser the shared parser
   * @param stats where dropped datagrams are counted
   * @param maxMessageSize datagrams larger than this are dropped unparsed
   */
  public DatagramSipMessageDecoder(SipMessageParser parser, SipStats stats, int maxMessageSize) {
    super(DatagramPacket.class);
    this.parser = Objects.requireNonNull(parser, "parser");
    this.stats = Objects.requireNonNull(stats, "stats");
    this.maxMessageSize = maxMessageSize;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, DatagramPacket packet, List<Object> out) {
    ByteBuf content = packet.content();
    if (isKeepAlive(content)) {
      return;
    }
    if (content.readableBytes() > maxMessageSize) {
      drop(packet, "datagram of " + content.readableBytes() + " bytes exceeds the maximum");
      return;
    }
    try {
      out.add(parser.parse(ByteBufUtil.getBytes(content), packet.sender()));
    } catch (ParseException e) {
      drop(packet, e.getMessage());
    }
  }

  private void drop(DatagramPacket packet, String why) {
    stats.unparseableMessage();
    if (log.isDebugEnabled()) {
      log.debug("Dropped unparseable SIP datagram from {}: {}", packet.sender(), why);
    }
  }

  private static boolean isKeepAlive(ByteBuf content) {
    return content.forEachByte(b -> b == '\r' || b == '\n' || b == 0 || b == ' ') == -1;
  }
}
