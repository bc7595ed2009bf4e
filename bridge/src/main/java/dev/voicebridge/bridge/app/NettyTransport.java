package dev.voicebridge.bridge.app;

import dev.voicebridge.protocol.server.LocalVoiceLiveServer;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Locale;

/**
 * The Netty transport every channel of the bridge uses: native epoll on Linux, where it saves a
 * good part of the per-packet CPU of thousands of RTP datagrams a second, and NIO where epoll does
 * not load. The channels must match the loops' I/O handler, so one choice serves them all.
 *
 * @param name {@code epoll} or {@code nio}, for the start-up log
 * @param ioHandler the loops' I/O handler
 * @param datagram SIP UDP and RTP channels
 * @param serverSocket SIP TCP and the local Voice Live server's listener
 * @param socket the Voice Live WebSocket client connections
 * @param serverSocketFactory the listener's factory, as the local server takes it
 */
public record NettyTransport(
    String name,
    IoHandlerFactory ioHandler,
    Class<? extends DatagramChannel> datagram,
    Class<? extends ServerSocketChannel> serverSocket,
    ChannelFactory<? extends SocketChannel> socket,
    ChannelFactory<? extends ServerChannel> serverSocketFactory) {

  /** System property forcing a transport: {@code nio} or {@code epoll}. */
  public static final String PROPERTY = LocalVoiceLiveServer.TRANSPORT_PROPERTY;

  /** NIO: everywhere. */
  public static NettyTransport nio() {
    return new NettyTransport("nio", NioIoHandler.newFactory(), NioDatagramChannel.class,
        NioServerSocketChannel.class, NioSocketChannel::new, NioServerSocketChannel::new);
  }

  /** Native epoll: Linux only, see {@link Epoll#isAvailable()}. */
  public static NettyTransport epoll() {
    Epoll.ensureAvailability();
    return new NettyTransport("epoll", EpollIoHandler.newFactory(), EpollDatagramChannel.class,
        EpollServerSocketChannel.class, EpollSocketChannel::new, EpollServerSocketChannel::new);
  }

  /** Epoll when it loads, otherwise NIO; {@code -Dvoicebridge.transport=nio} forces NIO. */
  public static NettyTransport best() {
    String forced = System.getProperty(PROPERTY, "").toLowerCase(Locale.ROOT);
    return switch (forced) {
      case "nio" -> nio();
      case "epoll" -> epoll();
      default -> Epoll.isAvailable() ? epoll() : nio();
    };
  }

  /**
   * A group of {@code threads} loops of this transport, threads named {@code prefix-…} so their
   * CPU can be told apart ({@code top -H}, {@code /proc/PID/task}). The threads are not daemons:
   * they keep the executable running after {@code main} returns.
   */
  public EventLoopGroup newGroup(int threads, String prefix) {
    return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(prefix, false),
        ioHandler);
  }
}
