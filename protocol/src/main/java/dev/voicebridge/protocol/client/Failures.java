package dev.voicebridge.protocol.client;

import dev.voicebridge.protocol.client.VoiceLiveException.Kind;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.io.IOException;
import javax.net.ssl.SSLException;

/** Maps what the pipeline throws to a {@link VoiceLiveException} with its outcome. */
final class Failures {

  private Failures() {}

  /**
   * Classifies an exception caught in the pipeline.
   *
   * @param cause what was caught
   * @param maxFrameBytes the configured message limit, for the message
   * @return the session failure to report
   */
  static VoiceLiveException classify(Throwable cause, int maxFrameBytes) {
    if (cause instanceof VoiceLiveException known) {
      return known;
    }
    if (isTls(cause)) {
      return new VoiceLiveException(Kind.TLS_FAILED, "TLS failed: " + rootMessage(cause), cause);
    }
    if (cause instanceof TooLongFrameException
        || cause instanceof CorruptedWebSocketFrameException corrupted
            && WebSocketCloseStatus.MESSAGE_TOO_BIG.equals(corrupted.closeStatus())) {
      return new VoiceLiveException(
          Kind.FRAME_TOO_LARGE,
          "inbound message larger than maxFrameBytes (" + maxFrameBytes + ")",
          cause);
    }
    if (cause instanceof DecoderException) {
      return new VoiceLiveException(
          Kind.PROTOCOL_ERROR, "protocol error: " + rootMessage(cause), cause);
    }
    if (cause instanceof IOException) {
      return new VoiceLiveException(
          Kind.CONNECTION_LOST, "connection lost: " + rootMessage(cause), cause);
    }
    return new VoiceLiveException(
        Kind.CONNECTION_LOST, "unexpected error: " + rootMessage(cause), cause);
  }

  static boolean isTls(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SSLException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
