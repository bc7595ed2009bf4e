package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a Session is created. Emitted automatically when a new connection is established as
 * the first server event. This event will contain the default Session configuration.
 *
 * <p>Wire type {@code session.created}.
 *
 * @param eventId the server-assigned event id
 * @param session the session's configuration
 */
public record ServerEventSessionCreated(
    @JsonProperty("event_id") String eventId, @JsonProperty("session") ResponseSession session)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "session.created";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param session the session's configuration
   * @return the new event
   */
  public static ServerEventSessionCreated of(ResponseSession session) {
    return new ServerEventSessionCreated(null, session);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
