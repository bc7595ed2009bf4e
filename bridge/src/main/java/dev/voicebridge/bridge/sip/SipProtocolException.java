package dev.voicebridge.bridge.sip;

/**
 * A request the bridge refuses for a protocol reason, carrying the SIP response that says why:
 * {@code new SipProtocolException(400, "Missing Call-ID header")} becomes
 * {@code SIP/2.0 400 Missing Call-ID header}.
 */
public final class SipProtocolException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  /**
   * Creates the exception.
   *
   * @param statusCode the final response status, 300 to 699
   * @param reasonPhrase the reason phrase of that response, also the exception message
   */
  public SipProtocolException(int statusCode, String reasonPhrase) {
    super(reasonPhrase, null, false, false);
    if (statusCode < 300 || statusCode > 699) {
      throw new IllegalArgumentException("Not a final error status: " + statusCode);
    }
    this.statusCode = statusCode;
  }

  /** The status code of the response to send. */
  public int statusCode() {
    return statusCode;
  }

  /** The reason phrase of the response to send. */
  public String reasonPhrase() {
    return getMessage();
  }
}
