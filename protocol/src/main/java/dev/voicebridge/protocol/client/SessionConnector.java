package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one session's connection without blocking its event loop: the bearer token comes from
 * its future, name resolution and the TLS context from the blocking executor, then TCP connects
 * on the session's loop and the {@link HandshakeHandler} takes over.
 */
final class SessionConnector {

  private static final Logger log = LoggerFactory.getLogger(SessionConnector.class);

  /** An upgrade answer, with an error body, is a few hundred bytes; this is plenty. */
  private static final int MAX_UPGRADE_RESPONSE_BYTES = 64 * 1024;

  private final RealRealtimeSession session;
  private final VoiceLiveClientConfig config;
  private final ChannelFactory<? extends Channel> channelFactory;
  private final Executor blockingExecutor;
  private final SslContexts sslContexts;
  private final URI uri;
  private final boolean tls;

  SessionConnector(
      RealRealtimeSession session,
      ChannelFactory<? extends Channel> channelFactory,
      Executor blockingExecutor,
      SslContexts sslContexts) {
    this.session = session;
    this.config = session.config();
    this.channelFactory = channelFactory;
    this.blockingExecutor = blockingExecutor;
    this.sslContexts = sslContexts;
    this.uri = config.webSocketUri();
    this.tls = "wss".equals(uri.getScheme());
  }

  /** Starts connecting; runs on the session's event loop. */
  void start() {
    session.connecting();
    log.debug("{} connecting to {}", session.name(), VoiceLiveEndpoint.redact(uri));
    CompletableFuture<String> authorization = authorization();
    CompletableFuture<Route> route;
    try {
      route = CompletableFuture.supplyAsync(this::route, blockingExecutor);
    } catch (RejectedExecutionException e) {
      route = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Route> routeFuture = route;
    CompletableFuture.allOf(authorization, routeFuture)
        .whenComplete((ignored, error) -> onLoop(() -> proceed(authorization, routeFuture)));
  }

  private void proceed(CompletableFuture<String> authorization, CompletableFuture<Route> route) {
    if (session.isEnded()) {
      return;
    }
    String authorizationHeader;
    Route target;
    try {
      authorizationHeader = authorization.join();
    } catch (CompletionException e) {
      session.fail(new VoiceLiveException(
          Kind.TOKEN_FAILED, "bearer token unavailable: " + e.getCause(), e.getCause()));
      return;
    }
    try {
      target = route.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      Kind kind = cause instanceof UnknownHostException ? Kind.CONNECT_FAILED : Kind.TLS_FAILED;
      session.fail(new VoiceLiveException(kind, "cannot reach " + uri.getHost() + ": " + cause,
          cause));
      return;
    }
    connect(authorizationHeader, target);
  }

  private void connect(String authorization, Route route) {
    WebSocketClientHandshaker handshaker =
        WebSocketClientHandshakerFactory.newHandshaker(
            uri, WebSocketVersion.V13, config.subprotocol(), false, headers(authorization),
            config.maxFrameBytes(), true, false, -1, false, false);
    long soft = Math.min(config.sendQueueSoftLimitBytes(), Integer.MAX_VALUE);
    Bootstrap bootstrap = new Bootstrap();
    if (config.socketSendBufferBytes() > 0) {
      bootstrap.option(ChannelOption.SO_SNDBUF, config.socketSendBufferBytes());
    }
    ChannelFuture connect =
        bootstrap
            .group(session.eventLoop())
            .channelFactory(channelFactory)
            .disableResolver()
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                (int) Math.min(config.connectTimeout().toMillis(), Integer.MAX_VALUE))
            .option(ChannelOption.WRITE_BUFFER_WATER_MARK,
                new WriteBufferWaterMark((int) soft / 2, (int) soft))
            .handler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    ChannelPipeline p = ch.pipeline();
                    if (route.sslContext != null) {
                      p.addLast("tls", SslContexts.newHandler(route.sslContext, ch.alloc(),
                          uri.getHost(), route.address.getPort(), blockingExecutor));
                    }
                    p.addLast("http", new HttpClientCodec());
                    p.addLast("http-aggregator",
                        new HttpObjectAggregator(MAX_UPGRADE_RESPONSE_BYTES));
                    p.addLast("voicelive-handshake",
                        new HandshakeHandler(session, handshaker, tls, config.maxFrameBytes()));
                  }
                })
            .connect(route.address);
    session.attach(connect.channel());
    connect.addListener(
        future -> {
          if (future.isSuccess()) {
            session.connected();
          } else {
            session.fail(new VoiceLiveException(
                Kind.CONNECT_FAILED,
                "cannot connect to " + route.address + ": " + future.cause().getMessage(),
                future.cause()));
          }
        });
  }

  private HttpHeaders headers(String authorization) {
    HttpHeaders headers = new DefaultHttpHeaders();
    config.extraHeaders().forEach(headers::set);
    headers.set(HttpHeaderNames.USER_AGENT, config.userAgent());
    if (config.credential() instanceof ApiKeyCredential key) {
      headers.set(ApiKeyCredential.HEADER, key.key());
    } else if (authorization != null) {
      headers.set(BearerTokenCredential.HEADER, authorization);
    }
    return headers;
  }

  private CompletableFuture<String> authorization() {
    if (config.credential() instanceof BearerTokenCredential bearer) {
      return bearer.token().thenApply(token -> "Bearer " + token.token());
    }
    return CompletableFuture.completedFuture(null);
  }

  /** Blocking: name resolution, and building the TLS context the first time. */
  private Route route() {
    try {
      SslContext sslContext = tls ? sslContexts.get(config.trustManagerFactory()) : null;
      InetAddress address = InetAddress.getByName(uri.getHost());
      int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
      return new Route(new InetSocketAddress(address, port), sslContext);
    } catch (UnknownHostException e) {
      throw new CompletionException(e);
    }
  }

  private void onLoop(Runnable task) {
    try {
      session.eventLoop().execute(task);
    } catch (RejectedExecutionException e) {
      log.debug("{} event loop shut down while connecting", session.name());
    }
  }

  /** Where to connect, and the TLS context if it is {@code wss}. */
  private record Route(InetSocketAddress address, SslContext sslContext) {}
}
