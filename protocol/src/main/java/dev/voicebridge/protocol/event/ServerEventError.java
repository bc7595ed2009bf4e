package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when an error occurs, which could be a client problem or a server problem. Most errors
 * are recoverable and the session will stay open, we recommend to implementors to monitor and log
 * error messages by default.
 *
 * <p>Wire type {@code error}.
 *
 * @param eventId the server-assigned event id
 * @param error the error
 */
public record ServerEventError(
    @JsonProperty("event_id") String eventId, @JsonProperty("error") ServerEventErrorDetails error)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "error";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param error the error
   * @return the new event
   */
  public static ServerEventError of(ServerEventErrorDetails error) {
    return new ServerEventError(null, error);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
