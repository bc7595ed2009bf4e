package dev.voicebridge.bridge.sip;

import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * An {@link EmbeddedChannel} standing in for an accepted TCP connection: it reports real socket
 * addresses, as the SIP layer reads the peer address off the channel.
 */
public final class StreamTestChannel extends EmbeddedChannel {
  /** The peer address every stream test channel reports. */
  public static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 5062);

  /** The local address every stream test channel reports. */
  public static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 5060);

  /** Creates the channel with its pipeline. */
  public StreamTestChannel(ChannelHandler... handlers) {
    super(handlers);
  }

  @Override
  protected SocketAddress remoteAddress0() {
    return PEER;
  }

  @Override
  protected SocketAddress localAddress0() {
    return LOCAL;
  }
}
