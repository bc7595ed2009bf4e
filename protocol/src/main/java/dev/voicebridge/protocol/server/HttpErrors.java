package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Answers a refused upgrade with an HTTP error in the Azure shape {@code
 * {"error":{"code":...,"message":...}}}, then closes the connection: a client sees why it was
 * refused instead of a dropped socket.
 */
final class HttpErrors {
  private HttpErrors() {}

  static void send(
      ChannelHandlerContext ctx, HttpResponseStatus status, String code, String message) {
    ObjectNode body = ServerJson.object();
    ObjectNode error = body.putObject("error");
    error.put("code", code);
    error.put("message", message);
    ByteBuf content = ByteBufUtil.writeUtf8(ctx.alloc(), body.toString());
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
    response
        .headers()
        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes())
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }
}
