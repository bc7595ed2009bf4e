package dev.voicebridge.protocol.client;

import java.io.IOException;
import java.util.Objects;

/**
 * Why a {@link RealtimeSession} failed, as given to {@link RealtimeListener#onFailure}.
 *
 * <p>The {@link #kind()} is the outcome a caller acts on (retry, alert, hang up); the message is
 * for humans and never holds a credential. The cause, when there is one, is the underlying I/O
 * or TLS error.
 */
public class VoiceLiveException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The outcome of a failed session. */
  public enum Kind {
    /** The bearer token supplier failed or returned nothing. */
    TOKEN_FAILED,
    /** Name resolution or the TCP connection failed, for example connection refused. */
    CONNECT_FAILED,
    /** The token, name resolution and TCP connection took longer than the connect timeout. */
    CONNECT_TIMEOUT,
    /** The TLS handshake failed: untrusted certificate, wrong host name, no common cipher. */
    TLS_FAILED,
    /** The server answered the upgrade with a status other than 101; see the subclass. */
    HANDSHAKE_REJECTED,
    /** The server answered 101 but the upgrade was invalid (wrong accept key, subprotocol). */
    HANDSHAKE_FAILED,
    /** TLS and the upgrade took longer than the handshake timeout. */
    HANDSHAKE_TIMEOUT,
    /** A ping went unanswered for the pong timeout. */
    PONG_TIMEOUT,
    /** The connection ended without a closing handshake, or a read or write failed. */
    CONNECTION_LOST,
    /** An inbound message was larger than the configured maximum. */
    FRAME_TOO_LARGE,
    /** The server broke the WebSocket protocol. */
    PROTOCOL_ERROR,
    /** Control events queued past the hard send queue limit. */
    SEND_QUEUE_OVERFLOW,
    /** After {@code close()}, the server did not answer with a close frame in time. */
    CLOSE_TIMEOUT,
    /** {@link RealtimeSession#cancel()} was called. */
    CANCELED
  }

  /** The outcome, for callers to act on. */
  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind the outcome
   * @param message what happened, without secrets
   * @param cause the underlying error, or {@code null}
   */
  public VoiceLiveException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * Creates an exception without a cause.
   *
   * @param kind the outcome
   * @param message what happened, without secrets
   */
  public VoiceLiveException(Kind kind, String message) {
    this(kind, message, null);
  }

  /**
   * The outcome.
   *
   * @return what kind of failure this is
   */
  public Kind kind() {
    return kind;
  }
}
