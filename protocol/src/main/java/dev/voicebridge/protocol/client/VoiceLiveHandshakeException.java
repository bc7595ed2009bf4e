package dev.voicebridge.protocol.client;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.Objects;

/**
 * The server refused the WebSocket upgrade with an HTTP status, for example 401 for a bad key or
 * 403 for a missing role, or 429 when throttled.
 *
 * <p>Its kind is {@link Kind#HANDSHAKE_REJECTED}. The response body is kept (cut to {@value
 * #MAX_BODY_CHARS} characters) because Azure explains the refusal there; it is left out of the
 * message.
 */
public final class VoiceLiveHandshakeException extends VoiceLiveException {

  private static final long serialVersionUID = 1L;

  /** How much of the response body is kept. */
  public static final int MAX_BODY_CHARS = 1024;

  /** The HTTP status of the refusal. */
  private final int status;

  /** The refusal's headers; not serialised (Netty's headers are not serialisable). */
  private final transient HttpHeaders responseHeaders;

  /** The start of the refusal's body. */
  private final String responseBody;

  /**
   * Creates an exception.
   *
   * @param status the HTTP status code
   * @param reasonPhrase the status line's reason phrase
   * @param responseHeaders the response headers
   * @param responseBody the response body, cut to {@link #MAX_BODY_CHARS}
   */
  public VoiceLiveHandshakeException(
      int status, String reasonPhrase, HttpHeaders responseHeaders, String responseBody) {
    super(Kind.HANDSHAKE_REJECTED, "WebSocket upgrade rejected: " + status + " " + reasonPhrase);
    this.status = status;
    this.responseHeaders = Objects.requireNonNull(responseHeaders, "responseHeaders");
    this.responseBody =
        responseBody.length() > MAX_BODY_CHARS
            ? responseBody.substring(0, MAX_BODY_CHARS)
            : responseBody;
  }

  /**
   * The HTTP status the server answered with.
   *
   * @return for example 401
   */
  public int status() {
    return status;
  }

  /**
   * The response headers, for example {@code apim-request-id} to quote to Azure support.
   *
   * @return the headers
   */
  public HttpHeaders responseHeaders() {
    return responseHeaders;
  }

  /**
   * The start of the response body.
   *
   * @return the body as text, possibly empty
   */
  public String responseBody() {
    return responseBody;
  }
}
