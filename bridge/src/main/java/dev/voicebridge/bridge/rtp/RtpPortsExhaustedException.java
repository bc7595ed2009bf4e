package dev.voicebridge.bridge.rtp;

/**
 * No RTP port could be had for a new call: every port of the range is in use, or every port tried
 * failed to bind. The call cannot get media, so the INVITE should be answered {@link #statusCode()}
 * (503 Service Unavailable, RFC 3261 §21.5.4), which tells the caller's proxy to try another
 * server.
 */
public final class RtpPortsExhaustedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The SIP status this condition maps to. */
  public static final int SERVICE_UNAVAILABLE = 503;

  RtpPortsExhaustedException(String message) {
    super(message);
  }

  RtpPortsExhaustedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The SIP final response to send: always 503. */
  public int statusCode() {
    return SERVICE_UNAVAILABLE;
  }
}
