package dev.voicebridge.protocol.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.ServerChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running local Voice Live server: a WebSocket endpoint at {@code
 * ws://HOST:PORT/voice-live/realtime} that behaves like the service (see the package
 * documentation).
 *
 * <p>Embed it on the caller's event loops with {@link #start(LocalServerConfig, EventLoopGroup)},
 * or give it its own with {@link #start(LocalServerConfig)}. Point a client at {@link #endpoint()}
 * as it would at {@code https://<resource>.services.ai.azure.com}. {@link #close()} closes the
 * listening socket and every session (their timers go with their channels).
 */
public final class LocalVoiceLiveServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LocalVoiceLiveServer.class);

  /** The system property the bridge also reads: {@code nio} forces NIO over native epoll. */
  public static final String TRANSPORT_PROPERTY = "voicebridge.transport";

  /** Upgrade requests are small; anything bigger is not a Voice Live client. */
  private static final int MAX_UPGRADE_REQUEST_BYTES = 64 * 1024;

  private final AtomicBoolean closed = new AtomicBoolean();
  private final Channel serverChannel;
  private final ChannelGroup channels;
  private final ServerStats stats;
  private final EventLoopGroup ownedGroup;
  private final int port;
  private final String host;

  private LocalVoiceLiveServer(
      Channel serverChannel,
      ChannelGroup channels,
      ServerStats stats,
      EventLoopGroup ownedGroup,
      String host) {
    this.serverChannel = serverChannel;
    this.channels = channels;
    this.stats = stats;
    this.ownedGroup = ownedGroup;
    this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
    this.host = host;
  }

  /**
   * Binds a server on an existing event loop group (the bridge's own); the group is not closed by
   * {@link #close()}. Blocks until bound, so call it from outside the group's loops.
   *
   * @param config settings; port 0 picks a free port
   * @param group the loops that accept and serve connections (NIO, e.g. a {@link
   *     MultiThreadIoEventLoopGroup} with {@link NioIoHandler#newFactory()})
   * @return the running server
   * @throws IllegalStateException if the address cannot be bound
   */
  public static LocalVoiceLiveServer start(LocalServerConfig config, EventLoopGroup group) {
    return bind(config, group, NioServerSocketChannel::new, null);
  }

  /**
   * Binds a server on an existing event loop group of another transport, e.g. epoll: the group's
   * I/O handler must accept the channels the factory makes ({@code EpollServerSocketChannel::new}
   * for an {@code EpollIoHandler} group). The group is not closed by {@link #close()}.
   *
   * @param config settings; port 0 picks a free port
   * @param group the loops that accept and serve connections
   * @param channelFactory makes the listening channel, matching the group's transport
   * @return the running server
   * @throws IllegalStateException if the address cannot be bound
   */
  public static LocalVoiceLiveServer start(
      LocalServerConfig config,
      EventLoopGroup group,
      ChannelFactory<? extends ServerChannel> channelFactory) {
    return bind(config, group, channelFactory, null);
  }

  /**
   * Binds a server on a new group with one loop per available processor, closed with the server.
   * The loops use native epoll when it loads (Linux), NIO otherwise; {@code
   * -Dvoicebridge.transport=nio} forces NIO.
   *
   * @param config settings; port 0 picks a free port
   * @return the running server
   * @throws IllegalStateException if the address cannot be bound
   */
  public static LocalVoiceLiveServer start(LocalServerConfig config) {
    boolean epoll = !"nio".equalsIgnoreCase(System.getProperty(TRANSPORT_PROPERTY, ""))
        && Epoll.isAvailable();
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(
        epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    try {
      return bind(config, group,
          epoll ? EpollServerSocketChannel::new : NioServerSocketChannel::new, group);
    } catch (RuntimeException e) {
      group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      throw e;
    }
  }

  private static LocalVoiceLiveServer bind(
      LocalServerConfig config,
      EventLoopGroup group,
      ChannelFactory<? extends ServerChannel> channelFactory,
      EventLoopGroup owned) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(channelFactory, "channelFactory");
    ServerStats stats = new ServerStats();
    ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group)
            .channelFactory(channelFactory)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    channels.add(ch);
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(MAX_UPGRADE_REQUEST_BYTES))
                        .addLast(new RealtimeUpgradeHandler(config, stats));
                  }
                });
    Channel channel;
    try {
      channel = bootstrap.bind(config.host(), config.port()).syncUninterruptibly().channel();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot bind " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    LocalVoiceLiveServer server =
        new LocalVoiceLiveServer(channel, channels, stats, owned, config.host());
    log.info("local Voice Live server listening on {} ({}, {})", server.endpoint(),
        server.transport(), config);
    return server;
  }

  /**
   * The bound port.
   *
   * @return the TCP port the server listens on
   */
  public int port() {
    return port;
  }

  /**
   * The endpoint to give a client, as the service's {@code https://...} one: {@code http://} with
   * the bound host (127.0.0.1 when bound to every address) and port, no path.
   *
   * @return e.g. {@code http://127.0.0.1:40123}
   */
  public URI endpoint() {
    String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return URI.create("http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port);
  }

  /**
   * The listener's transport.
   *
   * @return {@code epoll} or {@code nio}
   */
  public String transport() {
    return serverChannel instanceof EpollServerSocketChannel ? "epoll" : "nio";
  }

  /**
   * The counters now.
   *
   * @return an immutable snapshot
   */
  public ServerStatsSnapshot stats() {
    return stats.snapshot();
  }

  /**
   * Closes the listening socket and every session, and shuts down the server's own group. Blocks
   * until done, so call it from outside the server's event loops. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    serverChannel.close().syncUninterruptibly();
    channels.close().awaitUninterruptibly();
    if (ownedGroup != null) {
      ownedGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }
}
