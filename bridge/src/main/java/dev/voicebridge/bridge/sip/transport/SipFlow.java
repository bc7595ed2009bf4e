package dev.voicebridge.bridge.sip.transport;

import dev.voicebridge.bridge.sip.SipTransport;
import gov.nist.javax.sip.message.SIPMessage;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.DefaultAddressedEnvelope;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where SIP messages to one peer go: over UDP a socket and a destination address, over TCP a
 * connection. Immutable; safe to use from any thread, as Netty hands writes to the channel's event
 * loop.
 */
public final class SipFlow {
  private final Channel channel;
  private final SipTransport transport;
  private final InetSocketAddress remoteAddress;

  private SipFlow(Channel channel, SipTransport transport, InetSocketAddress remoteAddress) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
  }

  /** A flow to {@code remoteAddress} through the UDP socket {@code channel}. */
  public static SipFlow udp(Channel channel, InetSocketAddress remoteAddress) {
    return new SipFlow(channel, SipTransport.UDP, remoteAddress);
  }

  /** A flow over the TCP connection {@code channel}. */
  public static SipFlow tcp(Channel channel) {
    return new SipFlow(channel, SipTransport.TCP, (InetSocketAddress) channel.remoteAddress());
  }

  /**
   * The same socket towards another address (UDP); a connection has only its own peer, so over
   * TCP this flow is returned unchanged (RFC 3261 §18.2.2: responses go back on the connection).
   */
  public SipFlow withRemoteAddress(InetSocketAddress address) {
    if (transport.isReliable() || address.equals(remoteAddress)) {
      return this;
    }
    return new SipFlow(channel, transport, address);
  }

  /** Writes a message; it must not change afterwards, as it is encoded on the channel's loop. */
  public ChannelFuture send(SIPMessage message) {
    if (transport.isReliable()) {
      return channel.writeAndFlush(message);
    }
    return channel.writeAndFlush(new DefaultAddressedEnvelope<>(message, remoteAddress));
  }

  /** The transport. */
  public SipTransport transport() {
    return transport;
  }

  /** The peer address messages go to. */
  public InetSocketAddress remoteAddress() {
    return remoteAddress;
  }

  /**
   * The local address of the socket or connection (a wildcard for a UDP socket bound to one), or
   * null if the channel has no IP address (an in-memory test channel).
   */
  public InetSocketAddress localAddress() {
    return channel.localAddress() instanceof InetSocketAddress address ? address : null;
  }

  /** Whether the socket or connection is still open. */
  public boolean isOpen() {
    return channel.isOpen();
  }

  /** The channel, for the event loop it is registered on. */
  public Channel channel() {
    return channel;
  }

  @Override
  public String toString() {
    return transport + " " + remoteAddress;
  }
}
