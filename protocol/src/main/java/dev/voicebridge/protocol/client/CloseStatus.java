package dev.voicebridge.protocol.client;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.nio.charset.StandardCharsets;

/**
 * Close frame rules from RFC 6455 §5.5.1 and §7.4, checked before a close is sent.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-7.4">RFC 6455 §7.4</a>
 */
final class CloseStatus {

  /** 1005: reported when a close frame carried no status; never sent on the wire. */
  static final int NO_STATUS = 1005;

  /** A control frame's payload is at most 125 bytes, two of which hold the status. */
  static final int MAX_REASON_BYTES = 123;

  private CloseStatus() {}

  /**
   * Checks a status and reason a caller wants to send.
   *
   * @param code the status
   * @param reason the reason text, or {@code null}
   * @throws IllegalArgumentException if either cannot be sent
   */
  static void check(int code, String reason) {
    if (!WebSocketCloseStatus.isValidStatusCode(code)) {
      throw new IllegalArgumentException("close code " + code + " may not be sent");
    }
    if (reason != null && reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
      throw new IllegalArgumentException(
          "close reason longer than " + MAX_REASON_BYTES + " UTF-8 bytes");
    }
  }
}
