package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a session is updated with a {@code session.update} event, unless there is an error.
 *
 * <p>Wire type {@code session.updated}.
 *
 * @param eventId the server-assigned event id
 * @param session the session's configuration, possibly only the changed fields
 */
public record ServerEventSessionUpdated(
    @JsonProperty("event_id") String eventId, @JsonProperty("session") ResponseSession session)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "session.updated";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param session the session's configuration, possibly only the changed fields
   * @return the new event
   */
  public static ServerEventSessionUpdated of(ResponseSession session) {
    return new ServerEventSessionUpdated(null, session);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
