package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;

/**
 * Sends the HTTP upgrade once the connection (and TLS, if any) is up, and turns the response
 * into an open session or a failure carrying the HTTP status. On success it installs the frame
 * aggregator and the {@link SessionFrameHandler}, then removes itself.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-4.1">RFC 6455 §4.1</a>
 */
final class HandshakeHandler extends ChannelInboundHandlerAdapter {

  private final RealRealtimeSession session;
  private final WebSocketClientHandshaker handshaker;
  private final boolean tls;
  private final int maxFrameBytes;

  HandshakeHandler(
      RealRealtimeSession session,
      WebSocketClientHandshaker handshaker,
      boolean tls,
      int maxFrameBytes) {
    this.session = session;
    this.handshaker = handshaker;
    this.tls = tls;
    this.maxFrameBytes = maxFrameBytes;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    if (!tls) {
      upgrade(ctx);
    }
    ctx.fireChannelActive();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof SslHandshakeCompletionEvent done) {
      if (done.isSuccess()) {
        upgrade(ctx);
      } else {
        session.fail(Failures.classify(done.cause(), maxFrameBytes));
      }
      return;
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpResponse response)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    try {
      if (!session.isEnded()) {
        finish(ctx, response);
      }
    } finally {
      response.release();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    session.onChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof DecoderException && !Failures.isTls(cause)) {
      session.fail(new VoiceLiveException(
          Kind.HANDSHAKE_FAILED, "invalid upgrade response: " + cause.getMessage(), cause));
    } else {
      session.fail(Failures.classify(cause, maxFrameBytes));
    }
  }

  private void upgrade(ChannelHandlerContext ctx) {
    handshaker
        .handshake(ctx.channel())
        .addListener(
            future -> {
              if (!future.isSuccess()) {
                session.fail(Failures.classify(future.cause(), maxFrameBytes));
              }
            });
  }

  private void finish(ChannelHandlerContext ctx, FullHttpResponse response) {
    HttpResponseStatus status = response.status();
    if (status.code() != HttpResponseStatus.SWITCHING_PROTOCOLS.code()) {
      session.fail(
          new VoiceLiveHandshakeException(
              status.code(),
              status.reasonPhrase(),
              response.headers(),
              response.content().toString(StandardCharsets.UTF_8)));
      return;
    }
    try {
      handshaker.finishHandshake(ctx.channel(), response);
    } catch (WebSocketHandshakeException e) {
      session.fail(new VoiceLiveException(
          Kind.HANDSHAKE_FAILED, "invalid upgrade response: " + e.getMessage(), e));
      return;
    }
    ctx.pipeline()
        .addLast("ws-aggregator", new WebSocketFrameAggregator(maxFrameBytes))
        .addLast("voicelive-session", new SessionFrameHandler(session, maxFrameBytes));
    ctx.pipeline().remove(this);
    session.opened(response.headers());
  }
}
