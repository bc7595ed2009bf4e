package dev.voicebridge.protocol.server;

/**
 * A client event the server rejects: becomes an {@code error} server event and leaves the
 * connection open.
 *
 * <p>Carries the fields of the service's error object ({@code type}, {@code code}, {@code message},
 * {@code param}); the offending client event's {@code event_id} is added by the session when it
 * sends the error. Thrown on the event loop and caught there, so it skips the stack trace.
 */
final class ClientRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The error type of every client mistake. */
  static final String INVALID_REQUEST = "invalid_request_error";

  private final String type;
  private final String code;
  private final String param;

  ClientRequestException(String code, String message, String param) {
    this(INVALID_REQUEST, code, message, param);
  }

  ClientRequestException(String type, String code, String message, String param) {
    super(message, null, false, false);
    this.type = type;
    this.code = code;
    this.param = param;
  }

  /** An {@code invalid_value} error naming the field at fault. */
  static ClientRequestException invalidValue(String param, String message) {
    return new ClientRequestException("invalid_value", message, param);
  }

  String type() {
    return type;
  }

  String code() {
    return code;
  }

  /** The field at fault, e.g. {@code session.input_audio_format}; may be null. */
  String param() {
    return param;
  }
}
