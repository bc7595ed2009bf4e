package dev.voicebridge.bridge.sip;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's SIP endpoint: UDP and TCP listeners on Netty, RFC 3261 transactions and dialogs,
 * and inbound calls handed to an {@link InviteHandler}. See the package documentation for the
 * threading model.
 *
 * <p>Runs on an event loop group the application owns (NIO transport: {@code
 * MultiThreadIoEventLoopGroup} with {@code NioIoHandler}); {@link #stop()} leaves it running.
 */
public final class SipServer {
  private static final Logger log = LoggerFactory.getLogger(SipServer.class);
  private static final int UDP_RECEIVE_BUFFER = 4 * 1024 * 1024;
  private static final long SHUTDOWN_WAIT_SECONDS = 5;

  private final SipConfig config;
  private final EventLoopGroup group;
  private final ExecutorService blocking;
  private final SipStack stack;
  private final Class<? extends DatagramChannel> udpChannelClass;
  private final Class<? extends ServerSocketChannel> tcpChannelClass;
  private final List<Channel> channels = new ArrayList<>();
  private Channel udpChannel;
  private Channel tcpChannel;

  /**
   * Creates a server; nothing is bound until {@link #start()}.
   *
   * @param config the settings
   * @param group the event loops; calls are spread over all of them by Call-ID
   * @param handler the call layer
   */
  public SipServer(SipConfig config, EventLoopGroup group, InviteHandler handler) {
    this(config, group, handler, NioDatagramChannel.class, NioServerSocketChannel.class);
  }

  /**
   * Creates a server on another transport than NIO (e.g. epoll); the channel classes must match
   * the group's I/O handler.
   *
   * @param config the settings
   * @param group the event loops; calls are spread over all of them by Call-ID
   * @param handler the call layer
   * @param udpChannel the UDP channel class
   * @param tcpChannel the TCP listener class
   */
  public SipServer(SipConfig config, EventLoopGroup group, InviteHandler handler,
      Class<? extends DatagramChannel> udpChannel,
      Class<? extends ServerSocketChannel> tcpChannel) {
    this.udpChannelClass = Objects.requireNonNull(udpChannel, "udpChannel");
    this.tcpChannelClass = Objects.requireNonNull(tcpChannel, "tcpChannel");
    this.config = Objects.requireNonNull(config, "config");
    this.group = Objects.requireNonNull(group, "group");
    Objects.requireNonNull(handler, "handler");
    // DNS lookups for in-dialog requests to hostnames block: never on an event loop.
    this.blocking = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sip-dns");
      thread.setDaemon(true);
      return thread;
    });
    List<EventLoop> loops = new ArrayList<>();
    for (EventExecutor executor : group) {
      loops.add((EventLoop) executor);
    }
    this.stack = new SipStack(config, loops, handler, blocking);
  }

  /**
   * Binds the configured listeners; blocks until bound. Call from outside the event loops.
   *
   * @throws InterruptedException if interrupted while binding
   * @throws IllegalStateException if already started
   */
  public synchronized void start() throws InterruptedException {
    if (!channels.isEmpty()) {
      throw new IllegalStateException("Already started");
    }
    if (config.udpPort() != SipConfig.DISABLED) {
      udpChannel = new Bootstrap()
          .group(group)
          .channel(udpChannelClass)
          .option(ChannelOption.SO_RCVBUF, UDP_RECEIVE_BUFFER)
          .handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
              stack.initUdp(channel);
            }
          })
          .bind(config.bindAddress(), config.udpPort()).sync().channel();
      channels.add(udpChannel);
      log.info("SIP listening on UDP {}", udpChannel.localAddress());
    }
    if (config.tcpPort() != SipConfig.DISABLED) {
      tcpChannel = new ServerBootstrap()
          .group(group)
          .channel(tcpChannelClass)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childHandler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
              stack.initTcp(channel);
            }
          })
          .bind(config.bindAddress(), config.tcpPort()).sync().channel();
      channels.add(tcpChannel);
      log.info("SIP listening on TCP {}", tcpChannel.localAddress());
    }
  }

  /**
   * Stops: unanswered calls get 503, answered ones a BYE, every listener hears {@link
   * TerminationReason#SHUTDOWN}, every transaction is aborted, and the listeners close. Blocks
   * until done; call from outside the event loops. Idempotent.
   */
  public synchronized void stop() {
    awaitAll(stack.shutdownDialogs());
    awaitAll(stack.abortTransactions());
    for (Channel channel : channels) {
      channel.close().syncUninterruptibly();
    }
    channels.clear();
    blocking.shutdownNow();
  }

  /** The bound UDP address, or null when UDP is off or the server is not started. */
  public InetSocketAddress udpAddress() {
    return udpChannel == null ? null : (InetSocketAddress) udpChannel.localAddress();
  }

  /** The bound TCP address, or null when TCP is off or the server is not started. */
  public InetSocketAddress tcpAddress() {
    return tcpChannel == null ? null : (InetSocketAddress) tcpChannel.localAddress();
  }

  /** The counters now. */
  public SipStatsSnapshot stats() {
    return stack.stats().snapshot();
  }

  /** What is held now: transactions, dialogs, timers. */
  public SipLiveCounts liveCounts() {
    return stack.liveCounts();
  }

  private static void awaitAll(List<Future<?>> futures) {
    for (Future<?> future : futures) {
      if (!future.awaitUninterruptibly(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("SIP shutdown step did not finish in {} s", SHUTDOWN_WAIT_SECONDS);
      }
    }
  }
}
