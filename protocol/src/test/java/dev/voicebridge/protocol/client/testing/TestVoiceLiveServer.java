package dev.voicebridge.protocol.client.testing;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small Voice-Live-shaped WebSocket server on loopback for the client's tests: it records each
 * upgrade request, then hands the test a {@link ServerConnection} to script.
 *
 * <p>Behaviour for the next upgrades is set before connecting: {@link #rejectUpgrades} answers
 * with an HTTP status instead of 101, {@link #ignoreUpgrades} never answers, {@link
 * #answerPings} turns automatic pongs off. Not the local Voice Live server (that one lives in
 * {@code protocol.server}); this one only does what a test tells it.
 */
public final class TestVoiceLiveServer implements AutoCloseable {

  private static final long WAIT_SECONDS = 10;

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final SslContext sslContext;
  private final BlockingQueue<ServerConnection> connections = new LinkedBlockingQueue<>();
  private final BlockingQueue<UpgradeRequest> rejectedUpgrades = new LinkedBlockingQueue<>();
  private final Channel serverChannel;
  private final ChannelGroup children = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private volatile HttpResponseStatus rejectStatus;
  private volatile boolean ignoreUpgrades;
  private volatile boolean answerPings = true;
  private volatile boolean answerCloses = true;
  private volatile String subprotocols = "realtime";

  private TestVoiceLiveServer(SslContext sslContext) {
    this.sslContext = sslContext;
    this.serverChannel =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            // Small, so a server that stops reading pushes back after kilobytes, not megabytes.
            .option(ChannelOption.SO_RCVBUF, 32 * 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    children.add(ch);
                    ChannelPipeline p = ch.pipeline();
                    if (sslContext != null) {
                      p.addLast(sslContext.newHandler(ch.alloc()));
                    }
                    p.addLast(new HttpServerCodec());
                    p.addLast(new HttpObjectAggregator(64 * 1024));
                    p.addLast(new UpgradeHandler());
                  }
                })
            .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
            .syncUninterruptibly()
            .channel();
  }

  /**
   * Starts a plain {@code ws://} server on a free loopback port.
   *
   * @return the running server
   */
  public static TestVoiceLiveServer start() {
    return new TestVoiceLiveServer(null);
  }

  /**
   * Starts a {@code wss://} server on a free loopback port.
   *
   * @param sslContext a server context holding the certificate to present
   * @return the running server
   */
  public static TestVoiceLiveServer startTls(SslContext sslContext) {
    return new TestVoiceLiveServer(sslContext);
  }

  /**
   * The endpoint to configure a client with: {@code http://} or {@code https://} and the port.
   *
   * @return the endpoint, without the realtime path
   */
  public URI endpoint() {
    return URI.create((sslContext == null ? "http" : "https") + "://localhost:" + port());
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /**
   * Answers the next upgrades with a status instead of 101.
   *
   * @param status for example {@link HttpResponseStatus#UNAUTHORIZED}, or {@code null} to accept
   */
  public void rejectUpgrades(HttpResponseStatus status) {
    this.rejectStatus = status;
  }

  /**
   * Accepts TCP connections but never answers their upgrade requests.
   *
   * @param ignore whether to stay silent
   */
  public void ignoreUpgrades(boolean ignore) {
    this.ignoreUpgrades = ignore;
  }

  /**
   * Whether connections accepted from now on answer pings with pongs (they do by default).
   *
   * @param answer false to go silent
   */
  public void answerPings(boolean answer) {
    this.answerPings = answer;
  }

  /**
   * Whether connections accepted from now on answer close frames (they do by default).
   *
   * @param answer false to ignore the client's close frame and keep the connection open
   */
  public void answerCloses(boolean answer) {
    this.answerCloses = answer;
  }

  /**
   * The subprotocols the server accepts for new connections, {@code realtime} by default.
   *
   * @param subprotocols a comma-separated list, or {@code null} to accept none
   */
  public void subprotocols(String subprotocols) {
    this.subprotocols = subprotocols;
  }

  /**
   * Waits for the next accepted WebSocket connection.
   *
   * @return the connection
   * @throws AssertionError if none arrives within 10 s
   */
  public ServerConnection takeConnection() {
    return poll(connections, "a WebSocket connection");
  }

  /**
   * Waits for the next upgrade request that was rejected or ignored.
   *
   * @return the request's line and headers
   * @throws AssertionError if none arrives within 10 s
   */
  public UpgradeRequest takeRejectedUpgrade() {
    return poll(rejectedUpgrades, "an upgrade request");
  }

  @Override
  public void close() {
    serverChannel.close().syncUninterruptibly();
    // Close connections while their loop still runs, so their handlers release what they hold.
    children.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  static <T> T poll(BlockingQueue<T> queue, String what) {
    try {
      T item = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (item == null) {
        throw new AssertionError("timed out waiting for " + what);
      }
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what, e);
    }
  }

  /** Answers the upgrade as told, then hands the channel to a {@link ServerConnection}. */
  private final class UpgradeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      UpgradeRequest copy = new UpgradeRequest(request.uri(), request.headers().copy());
      if (ignoreUpgrades) {
        rejectedUpgrades.add(copy);
        return;
      }
      HttpResponseStatus status = rejectStatus;
      if (status != null) {
        rejectedUpgrades.add(copy);
        byte[] body = ("{\"error\":{\"code\":\"" + status.code() + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response =
            new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, status, ctx.alloc().buffer().writeBytes(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        return;
      }
      WebSocketServerHandshaker handshaker =
          new WebSocketServerHandshakerFactory(
                  "ws://localhost" + request.uri(),
                  subprotocols,
                  WebSocketDecoderConfig.newBuilder().maxFramePayloadLength(64 << 20).build())
              .newHandshaker(request);
      ServerConnection connection =
          new ServerConnection(ctx.channel(), copy, answerPings, answerCloses, handshaker);
      ctx.pipeline().addLast(connection.handler());
      ctx.pipeline().remove(this);
      handshaker
          .handshake(ctx.channel(), request)
          .addListener(
              future -> {
                if (future.isSuccess()) {
                  connections.add(connection);
                }
              });
    }
  }
}
