package dev.voicebridge.protocol.client;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.ReferenceCountUtil;

/**
 * The last inbound handler of an open session: hands whole messages (continuations already
 * aggregated) to the session, answers pings, and reports the connection's end and writability.
 * Releases every frame it reads.
 */
final class SessionFrameHandler extends ChannelInboundHandlerAdapter {

  private final RealRealtimeSession session;
  private final int maxFrameBytes;

  SessionFrameHandler(RealRealtimeSession session, int maxFrameBytes) {
    this.session = session;
    this.maxFrameBytes = maxFrameBytes;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof TextWebSocketFrame text) {
      try {
        if (!session.isEnded()) {
          session.onText(text.content());
        }
      } finally {
        text.release();
      }
    } else if (msg instanceof PingWebSocketFrame ping) {
      // RFC 6455 §5.5.3: the pong carries the ping's payload; ownership moves to the pong.
      ctx.writeAndFlush(new PongWebSocketFrame(ping.content()), ctx.voidPromise());
    } else if (msg instanceof PongWebSocketFrame pong) {
      pong.release();
      session.onPong();
    } else if (msg instanceof CloseWebSocketFrame close) {
      int code = close.statusCode();
      String reason = close.reasonText();
      close.release();
      session.onPeerClose(code, reason);
    } else if (msg instanceof BinaryWebSocketFrame binary) {
      binary.release();
      session.onBinary();
    } else {
      ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    session.onWritabilityChanged();
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    session.onChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    session.fail(Failures.classify(cause, maxFrameBytes));
  }
}
