package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket end of a {@link ServerSession}: parses text frames into JSON for it, answers pings
 * and closes, and serializes its events into text frames ({@link EventSink}).
 *
 * <p>Buffer ownership: inbound frames are released by {@link SimpleChannelInboundHandler} after
 * {@link #channelRead0}; the ones passed on (a pong's payload, the close frame) are retained first.
 * Each outbound event is written into a fresh buffer that the frame, and then Netty, owns; it is
 * released here only when serialization fails.
 */
final class ServerSessionHandler extends SimpleChannelInboundHandler<WebSocketFrame>
    implements EventSink {
  private static final Logger log = LoggerFactory.getLogger(ServerSessionHandler.class);

  private final AppendScratch scratch = new AppendScratch();
  private byte[] deltaAudio = new byte[0];

  private final LocalServerConfig config;
  private final ServerStats stats;
  private final WebSocketServerHandshaker handshaker;
  private final ConnectParams params;
  private ChannelHandlerContext ctx;
  private ServerSession session;

  ServerSessionHandler(
      LocalServerConfig config,
      ServerStats stats,
      WebSocketServerHandshaker handshaker,
      ConnectParams params) {
    this.config = config;
    this.stats = stats;
    this.handshaker = handshaker;
    this.params = params;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    this.session = new ServerSession(config, params, this, ctx.executor(), stats);
    stats.sessionOpened();
    // The handshake response was written first on this same channel, so this follows it.
    session.open();
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame) {
      stats.eventIn();
      int length = AppendFastPath.read(frame.content(), config.maxAppendBytes(), scratch);
      if (length >= 0 && session.appendDecoded(scratch.audio(length), length, scratch)) {
        return;
      }
      JsonNode event;
      try (InputStream in = new ByteBufInputStream(frame.content())) {
        event = ServerJson.MAPPER.readTree(in);
      } catch (IOException e) {
        session.onMalformed(firstLine(e.getMessage()));
        return;
      }
      if (event == null || event.isMissingNode()) {
        session.onMalformed("empty frame");
      } else {
        session.onEvent(event);
      }
    } else if (frame instanceof BinaryWebSocketFrame) {
      stats.eventIn();
      session.onBinaryFrame();
    } else if (frame instanceof PingWebSocketFrame) {
      ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
    } else if (frame instanceof CloseWebSocketFrame) {
      handshaker.close(ctx.channel(), (CloseWebSocketFrame) frame.retain());
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    ctx.flush();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      session.onWritable();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    session.close();
    stats.sessionClosed();
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof TooLongFrameException) {
      log.debug("message too big on {}", ctx.channel(), cause);
      ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG))
          .addListener(f -> ctx.close());
      return;
    }
    log.debug("closing {} after an error", ctx.channel(), cause);
    ctx.close();
  }

  @Override
  public void send(ObjectNode event) {
    ByteBuf buf = ctx.alloc().buffer(256);
    try (OutputStream out = new ByteBufOutputStream(buf)) {
      ServerJson.MAPPER.writeValue(out, event);
    } catch (IOException e) {
      buf.release();
      throw new UncheckedIOException(e);
    }
    stats.eventOut();
    ctx.write(new TextWebSocketFrame(buf), ctx.voidPromise());
  }

  /**
   * Writes the delta's JSON directly into the frame's buffer: the samples are encoded into a reused
   * array and their base64 goes straight into the buffer, so a delta allocates nothing but that
   * buffer.
   */
  @Override
  public void sendAudioDelta(
      String responseId, String itemId, OutputFormat format, short[] samples, int from, int to) {
    int audioBytes = (to - from) * format.bytesPerSample();
    // Not the append scratch: a response may start streaming while an append is being handled.
    if (deltaAudio.length < audioBytes) {
      deltaAudio = new byte[audioBytes];
    }
    AudioConversions.encodeOutput(format, samples, from, to, deltaAudio);
    int size = DeltaJson.length(responseId, itemId, audioBytes);
    ByteBuf buf = ctx.alloc().buffer(size, size);
    try {
      DeltaJson.write(responseId, itemId, deltaAudio, audioBytes, buf);
    } catch (RuntimeException e) {
      buf.release();
      throw e;
    }
    stats.eventOut();
    ctx.write(new TextWebSocketFrame(buf), ctx.voidPromise());
  }

  @Override
  public void flush() {
    ctx.flush();
  }

  @Override
  public boolean writable() {
    return ctx.channel().isWritable();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
