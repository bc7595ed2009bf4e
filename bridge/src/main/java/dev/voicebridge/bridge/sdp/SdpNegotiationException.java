package dev.voicebridge.bridge.sdp;

/**
 * An SDP offer or answer the bridge cannot accept, carrying the SIP outcome for the INVITE.
 *
 * <p>Two outcomes are distinguished so that an operator reading a trunk's logs knows which side
 * to fix: {@value #BAD_REQUEST} (RFC 3261 §21.4.1) when the body is not valid SDP at all, and
 * {@value #NOT_ACCEPTABLE_HERE} (RFC 3261 §21.4.26) when the SDP is well formed but offers nothing
 * the bridge can use. Both are final for the INVITE, so the difference never changes retry
 * behaviour. When the failing SDP arrived in an ACK (an answer to our own offer) no response is
 * possible and the call layer ends the dialog with BYE instead.
 *
 * <p>{@link #warningCode()} is the RFC 3261 §20.43 warning code for a {@code Warning} header, so
 * the far end sees why without reading our logs; the message is the warning text.
 */
public final class SdpNegotiationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** SIP 400 Bad Request: the body is not parseable SDP. */
  public static final int BAD_REQUEST = 400;

  /** SIP 488 Not Acceptable Here: the SDP is understood but nothing in it can be accepted. */
  public static final int NOT_ACCEPTABLE_HERE = 488;

  /** Warning 301: an address type or format we cannot use (a host name instead of an IP). */
  public static final int WARNING_INCOMPATIBLE_ADDRESS_FORMAT = 301;

  /** Warning 302: the transport protocol (RTP/SAVP, UDP/TLS/RTP/SAVPF …) is not supported. */
  public static final int WARNING_INCOMPATIBLE_TRANSPORT = 302;

  /** Warning 304: no media type we support (no audio stream). */
  public static final int WARNING_MEDIA_TYPE_NOT_AVAILABLE = 304;

  /** Warning 305: no media format (codec) in common. */
  public static final int WARNING_INCOMPATIBLE_MEDIA_FORMAT = 305;

  /** Warning 399: miscellaneous, used for malformed SDP. */
  public static final int WARNING_MISCELLANEOUS = 399;

  private final int statusCode;
  private final int warningCode;

  private SdpNegotiationException(int statusCode, int warningCode, String reason) {
    super(reason);
    this.statusCode = statusCode;
    this.warningCode = warningCode;
  }

  /**
   * SDP that cannot be parsed.
   *
   * @param reason what is wrong, naming the offending line
   * @return an exception with status {@value #BAD_REQUEST}
   */
  public static SdpNegotiationException malformed(String reason) {
    return new SdpNegotiationException(BAD_REQUEST, WARNING_MISCELLANEOUS, reason);
  }

  /**
   * Well-formed SDP that offers nothing acceptable.
   *
   * @param warningCode the RFC 3261 §20.43 warning code naming the kind of mismatch
   * @param reason what was offered and why it cannot be used
   * @return an exception with status {@value #NOT_ACCEPTABLE_HERE}
   */
  public static SdpNegotiationException notAcceptable(int warningCode, String reason) {
    return new SdpNegotiationException(NOT_ACCEPTABLE_HERE, warningCode, reason);
  }

  /** The SIP final response status for the INVITE: 400 or 488. */
  public int statusCode() {
    return statusCode;
  }

  /** The RFC 3261 §20.43 warning code (3xx) for a {@code Warning} header. */
  public int warningCode() {
    return warningCode;
  }

  /** The reason, fit for a {@code Warning} header text and for the log. */
  public String reason() {
    return getMessage();
  }
}
