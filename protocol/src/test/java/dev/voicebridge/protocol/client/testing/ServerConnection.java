package dev.voicebridge.protocol.client.testing;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's side of one accepted WebSocket, scripted by a test: send frames, stop reading, drop
 * the connection, and read back what the client sent.
 *
 * <p>Methods may be called from the test thread; writes are waited for, so a test step is done
 * when the method returns.
 */
public final class ServerConnection {

  private final Channel channel;
  private final UpgradeRequest request;
  private final boolean answerPings;
  private final boolean answerCloses;
  private final WebSocketServerHandshaker handshaker;
  private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
  private final BlockingQueue<CloseFrame> closes = new LinkedBlockingQueue<>();
  private final AtomicInteger pings = new AtomicInteger();
  private volatile boolean closeSent;

  ServerConnection(
      Channel channel,
      UpgradeRequest request,
      boolean answerPings,
      boolean answerCloses,
      WebSocketServerHandshaker handshaker) {
    this.channel = channel;
    this.request = request;
    this.answerPings = answerPings;
    this.answerCloses = answerCloses;
    this.handshaker = handshaker;
  }

  /**
   * A close frame the server received.
   *
   * @param status the status code, -1 if the frame had none
   * @param reason the reason text
   */
  public record CloseFrame(int status, String reason) {}

  /**
   * The upgrade request that opened this connection.
   *
   * @return the request
   */
  public UpgradeRequest request() {
    return request;
  }

  /**
   * The subprotocol the server agreed to.
   *
   * @return the subprotocol, or {@code null}
   */
  public String subprotocol() {
    return handshaker.selectedSubprotocol();
  }

  /**
   * Sends one text frame.
   *
   * @param text the text
   */
  public void sendText(String text) {
    channel.writeAndFlush(new TextWebSocketFrame(text)).syncUninterruptibly();
  }

  /**
   * Sends one message as a text frame followed by continuation frames.
   *
   * @param parts the fragments, in order; at least two
   */
  public void sendTextFragments(String... parts) {
    channel.write(new TextWebSocketFrame(false, 0, parts[0]));
    for (int i = 1; i < parts.length - 1; i++) {
      channel.write(new ContinuationWebSocketFrame(false, 0, parts[i]));
    }
    channel.writeAndFlush(new ContinuationWebSocketFrame(true, 0, parts[parts.length - 1]))
        .syncUninterruptibly();
  }

  /**
   * Sends one binary frame.
   *
   * @param bytes the payload
   */
  public void sendBinary(byte[] bytes) {
    channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(bytes)))
        .syncUninterruptibly();
  }

  /**
   * Starts the closing handshake; the connection closes when the client answers.
   *
   * @param status the close status
   * @param reason the reason text
   */
  public void sendClose(int status, String reason) {
    closeSent = true;
    channel.writeAndFlush(new CloseWebSocketFrame(status, reason)).syncUninterruptibly();
  }

  /** Closes the TCP connection without a close frame. */
  public void dropAbruptly() {
    channel.close().syncUninterruptibly();
  }

  /** Stops reading from the socket, so the client's writes pile up. */
  public void stopReading() {
    channel.config().setOption(ChannelOption.AUTO_READ, false);
  }

  /** Starts reading again after {@link #stopReading()}. */
  public void resumeReading() {
    channel.config().setOption(ChannelOption.AUTO_READ, true);
    channel.read();
  }

  /**
   * Waits for the next text frame the client sent.
   *
   * @return its text
   */
  public String takeText() {
    return TestVoiceLiveServer.poll(texts, "a text frame from the client");
  }

  /**
   * Waits for the client's close frame.
   *
   * @return the frame's status and reason
   */
  public CloseFrame takeClose() {
    return TestVoiceLiveServer.poll(closes, "a close frame from the client");
  }

  /**
   * How many pings the client has sent.
   *
   * @return the count
   */
  public int pings() {
    return pings.get();
  }

  /**
   * Waits until the TCP connection is closed, by either side.
   *
   * @throws AssertionError if it stays open for 10 s
   */
  public void awaitClosed() {
    if (!channel.closeFuture().awaitUninterruptibly(10, TimeUnit.SECONDS)) {
      throw new AssertionError("connection still open");
    }
  }

  ChannelHandler handler() {
    return new SimpleChannelInboundHandler<WebSocketFrame>() {
      @Override
      protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
          texts.add(text.text());
        } else if (frame instanceof PingWebSocketFrame) {
          pings.incrementAndGet();
          if (answerPings) {
            ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
          }
        } else if (frame instanceof CloseWebSocketFrame close) {
          closes.add(new CloseFrame(close.statusCode(), close.reasonText()));
          if (!answerCloses) {
            return;
          }
          if (closeSent) {
            ctx.close();
          } else {
            closeSent = true;
            CloseWebSocketFrame echo =
                close.statusCode() == -1
                    ? new CloseWebSocketFrame()
                    : new CloseWebSocketFrame(close.statusCode(), close.reasonText());
            ctx.writeAndFlush(echo).addListener(ChannelFutureListener.CLOSE);
          }
        }
      }

      @Override
      public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
      }
    };
  }

  @Override
  public String toString() {
    return "ServerConnection[" + channel + ", texts=" + texts.size() + "]";
  }
}
