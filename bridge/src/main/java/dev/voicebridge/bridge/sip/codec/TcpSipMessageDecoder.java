package dev.voicebridge.bridge.sip.codec;

import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.message.RawSipHeaders;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames SIP messages off a TCP stream (RFC 3261 §18.3): headers up to the empty line, then
 * exactly Content-Length body bytes, which is mandatory on a stream. Between messages, a double
 * CRLF is an RFC 5626 keep-alive ping and comes out as {@link SipKeepAlive#PING}; a single CRLF
 * (a pong, or padding) is skipped.
 *
 * <p>A framing error (no Content-Length, a message over the size limit) leaves no way to find the
 * next message, so every one of them goes through {@link #protocolViolation}, which closes this
 * connection only. A message that frames correctly but does not parse is dropped and counted,
 * and the connection stays up.
 */
public final class TcpSipMessageDecoder extends ByteToMessageDecoder {
  private static final Logger log = LoggerFactory.getLogger(TcpSipMessageDecoder.class);

  enum State {
    READING_HEADERS,
    READING_BODY,
    CORRUPT
  }

  private static final byte[] PING = {'\r', '\n', '\r', '\n'};

  private final SipMessageParser parser;
  private final SipStats stats;
  private final int maxMessageSize;

  private State state = State.READING_HEADERS;
  private int scannedHeaderBytes;
  private byte[] headers;
  private int contentLength;

  /**
   * Creates a decoder for one connection.
   *
   * @param parser the shared parser
   * @param stats where dropped messages and framing errors are counted
   * @param maxMessageSize the largest message, headers and body, accepted
   */
  public TcpSipMessageDecoder(SipMessageParser parser, SipStats stats, int maxMessageSize) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.stats = Objects.requireNonNull(stats, "stats");
    this.maxMessageSize = maxMessageSize;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    switch (state) {
      case READING_HEADERS:
        if (!skipKeepAlives(in, out) || !readHeaders(ctx, in)) {
          return;
        }
        state = State.READING_BODY;
        // fall through: the body may already be here
      case READING_BODY:
        if (in.readableBytes() < contentLength) {
          return;
        }
        byte[] message = Arrays.copyOf(headers, headers.length + contentLength);
        in.readBytes(message, headers.length, contentLength);
        headers = null;
        state = State.READING_HEADERS;
        parse(ctx, message, out);
        return;
      case CORRUPT:
        in.skipBytes(in.readableBytes());
        return;
      default:
        throw new IllegalStateException("Unknown state " + state);
    }
  }

  /** Consumes leading CRLFs; false when it must wait for more bytes to tell what they are. */
  private static boolean skipKeepAlives(ByteBuf in, List<Object> out) {
    while (in.isReadable() && isLineEnd(in.getByte(in.readerIndex()))) {
      int compared = Math.min(in.readableBytes(), PING.length);
      if (matchesPing(in, compared)) {
        if (compared < PING.length) {
          return false;
        }
        in.skipBytes(PING.length);
        out.add(SipKeepAlive.PING);
      } else if (in.readableBytes() >= 2 && matchesPing(in, 2)) {
        in.skipBytes(2);
      } else {
        in.skipBytes(1);
      }
    }
    return in.isReadable();
  }

  private static boolean matchesPing(ByteBuf in, int length) {
    for (int i = 0; i < length; i++) {
      if (in.getByte(in.readerIndex() + i) != PING[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads the header section and its Content-Length; returns false if incomplete or broken. */
  private boolean readHeaders(ChannelHandlerContext ctx, ByteBuf in) {
    int available = Math.min(in.readableBytes(), maxMessageSize);
    int end = -1;
    for (int i = Math.max(scannedHeaderBytes, 1); i < available && end < 0; i++) {
      if (in.getByte(in.readerIndex() + i) == '\n') {
        byte previous = in.getByte(in.readerIndex() + i - 1);
        boolean crlfBefore = i >= 3 && previous == '\r'
            && in.getByte(in.readerIndex() + i - 2) == '\n';
        if (previous == '\n' || crlfBefore) {
          end = i + 1;
        }
      }
    }
    if (end < 0) {
      scannedHeaderBytes = Math.max(available - 1, 0);
      if (in.readableBytes() >= maxMessageSize) {
        protocolViolation(ctx, in, "headers exceed " + maxMessageSize + " bytes");
      }
      return false;
    }
    scannedHeaderBytes = 0;
    byte[] headerBytes = new byte[end];
    in.readBytes(headerBytes);
    int length;
    try {
      length = RawSipHeaders.contentLength(headerBytes, end);
    } catch (ParseException e) {
      protocolViolation(ctx, in, e.getMessage());
      return false;
    }
    if (length == RawSipHeaders.ABSENT) {
      protocolViolation(ctx, in, "missing Content-Length");
      return false;
    }
    if (end + (long) length > maxMessageSize) {
      protocolViolation(ctx, in, "message of " + (end + length) + " bytes exceeds the maximum");
      return false;
    }
    headers = headerBytes;
    contentLength = length;
    return true;
  }

  private void parse(ChannelHandlerContext ctx, byte[] message, List<Object> out) {
    InetSocketAddress sender = (InetSocketAddress) ctx.channel().remoteAddress();
    try {
      out.add(parser.parse(message, sender));
    } catch (ParseException e) {
      stats.unparseableMessage();
      if (log.isDebugEnabled()) {
        log.debug("Dropped unparseable SIP message from {}: {}", sender, e.getMessage());
      }
    }
  }

  private void protocolViolation(ChannelHandlerContext ctx, ByteBuf in, String reason) {
    state = State.CORRUPT;
    headers = null;
    in.skipBytes(in.readableBytes());
    stats.tcpFramingError();
    if (log.isDebugEnabled()) {
      log.debug("Closing SIP connection from {}: {}", ctx.channel().remoteAddress(), reason);
    }
    ctx.close();
  }

  private static boolean isLineEnd(byte b) {
    return b == '\r' || b == '\n';
  }
}
