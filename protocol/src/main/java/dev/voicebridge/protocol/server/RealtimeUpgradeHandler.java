package dev.voicebridge.protocol.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an HTTP upgrade request the way the service does, then turns the connection into a
 * realtime session.
 *
 * <p>Checks, in order, each refused with an HTTP error and a JSON body: path {@value #PATH} (404),
 * method GET (405), {@code api-version} present (400), credential (401, see {@link
 * CredentialCheck}), {@code model} or {@code agent-name} with {@code agent-project-name} (400), a
 * valid WebSocket upgrade (400, or 426 for an unsupported version). The {@code realtime}
 * subprotocol is selected when the client offers it. Messages may be fragmented; they are
 * aggregated up to the size that fits the largest allowed append in base64.
 */
final class RealtimeUpgradeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  /** The one path of the service; the obsolete {@code /voice-agent/realtime} is not served. */
  static final String PATH = "/voice-live/realtime";

  /** The subprotocol the Java SDK offers. */
  static final String SUBPROTOCOL = "realtime";

  /** JSON and other fields around the base64 audio of the largest append. */
  private static final int MESSAGE_OVERHEAD = 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(RealtimeUpgradeHandler.class);

  private final LocalServerConfig config;
  private final ServerStats stats;
  private final CredentialCheck credentials;
  private final int maxMessageBytes;

  RealtimeUpgradeHandler(LocalServerConfig config, ServerStats stats) {
    this.config = config;
    this.stats = stats;
    this.credentials = new CredentialCheck(config);
    long base64 = ((long) config.maxAppendBytes() + 2) / 3 * 4;
    this.maxMessageBytes = (int) Math.min(Integer.MAX_VALUE - 1, base64 + MESSAGE_OVERHEAD);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (!request.decoderResult().isSuccess()) {
      reject(ctx, HttpResponseStatus.BAD_REQUEST, "BadRequest", "Malformed HTTP request.");
      return;
    }
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    Map<String, List<String>> query = uri.parameters();
    if (!uri.path().equals(PATH)) {
      reject(
          ctx,
          HttpResponseStatus.NOT_FOUND,
          "404",
          "Resource not found: the realtime endpoint is " + PATH + ".");
      return;
    }
    if (!request.method().equals(HttpMethod.GET)) {
      reject(
          ctx,
          HttpResponseStatus.METHOD_NOT_ALLOWED,
          "MethodNotAllowed",
          "Use GET with a WebSocket upgrade.");
      return;
    }
    String apiVersion = first(query, "api-version");
    if (apiVersion == null || apiVersion.isEmpty()) {
      reject(
          ctx,
          HttpResponseStatus.BAD_REQUEST,
          "MissingApiVersionParameter",
          "The api-version query parameter (?api-version=) is required for all requests.");
      return;
    }
    if (!credentials.accepts(request.headers(), query)) {
      reject(
          ctx,
          HttpResponseStatus.UNAUTHORIZED,
          "401",
          "Access denied due to invalid subscription key or wrong API endpoint. Make sure to"
              + " provide a valid key for an active subscription and use a correct API endpoint"
              + " for your resource.");
      return;
    }
    ConnectParams params =
        new ConnectParams(
            apiVersion,
            first(query, "model"),
            first(query, "agent-name"),
            first(query, "agent-project-name"));
    if (params.agentName() != null ? params.agentProjectName() == null : params.model() == null) {
      reject(
          ctx,
          HttpResponseStatus.BAD_REQUEST,
          "BadRequest",
          "Missing query parameter: 'model', or 'agent-name' with 'agent-project-name'.");
      return;
    }
    upgrade(ctx, request, params);
  }

  private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, ConnectParams params) {
    WebSocketDecoderConfig decoderConfig =
        WebSocketDecoderConfig.newBuilder()
            .maxFramePayloadLength(maxMessageBytes)
            .allowExtensions(false)
            .build();
    String url = "ws://" + request.headers().get("Host", "localhost") + PATH;
    WebSocketServerHandshaker handshaker =
        new WebSocketServerHandshakerFactory(url, SUBPROTOCOL, decoderConfig)
            .newHandshaker(request);
    if (handshaker == null) {
      stats.handshakeRejected();
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
      return;
    }
    try {
      handshaker
          .handshake(ctx.channel(), request)
          .addListener(
              f -> {
                if (!f.isSuccess()) {
                  ctx.close();
                }
              });
    } catch (WebSocketServerHandshakeException e) {
      reject(
          ctx,
          HttpResponseStatus.BAD_REQUEST,
          "BadRequest",
          "Not a WebSocket upgrade: " + e.getMessage());
      return;
    }
    ChannelPipeline pipeline = ctx.pipeline();
    pipeline.addLast(new WebSocketFrameAggregator(maxMessageBytes));
    pipeline.addLast(new ServerSessionHandler(config, stats, handshaker, params));
    pipeline.remove(this);
  }

  private void reject(
      ChannelHandlerContext ctx, HttpResponseStatus status, String code, String message) {
    stats.handshakeRejected();
    if (log.isDebugEnabled()) {
      log.debug("refused upgrade from {}: {} {}", ctx.channel().remoteAddress(), status, code);
    }
    HttpErrors.send(ctx, status, code, message);
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.debug("upgrade failed on {}", ctx.channel(), cause);
    ctx.close();
  }
}
