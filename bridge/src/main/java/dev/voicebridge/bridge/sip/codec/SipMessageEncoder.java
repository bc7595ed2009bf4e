package dev.voicebridge.bridge.sip.codec;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTransport;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;
import java.util.Objects;

/**
 * Encodes a SIP message to bytes. On a stream it is used as is; for UDP wrap it in a {@link
 * io.netty.handler.codec.DatagramPacketEncoder}, which turns an {@code
 * AddressedEnvelope<SIPMessage, InetSocketAddress>} into a datagram.
 *
 * <p>A message is encoded on the channel's event loop, which may not be the loop that built it:
 * a message must not be changed once written (the transaction layer keeps sent messages only to
 * write them again).
 */
@Sharable
public final class SipMessageEncoder extends MessageToMessageEncoder<SIPMessage> {
  private final SipTransport transport;
  private final SipStats stats;

  /**
   * Creates the encoder.
   *
   * @param transport the transport the bytes go out on
   * @param stats where sent requests and responses are counted
   */
  public SipMessageEncoder(SipTransport transport, SipStats stats) {
    super(SIPMessage.class);
    this.transport = Objects.requireNonNull(transport, "transport");
    this.stats = Objects.requireNonNull(stats, "stats");
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, SIPMessage message, List<Object> out) {
    out.add(Unpooled.wrappedBuffer(message.encodeAsBytes(transport.token())));
    if (message instanceof SIPRequest request) {
      stats.requestSent(request.getMethod());
    } else {
      stats.responseSent(((SIPResponse) message).getStatusCode());
    }
  }
}
