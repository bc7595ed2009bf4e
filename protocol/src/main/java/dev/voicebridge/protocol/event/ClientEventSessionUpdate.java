package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Send this event to update the session's default configuration. The client may send this event at
 * any time to update any field, except for {@code voice} once assistant audio exists; the server
 * answers with {@code session.updated}.
 *
 * <p>Wire type {@code session.update}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param session the session fields to change; fields left out keep their value
 */
public record ClientEventSessionUpdate(
    @JsonProperty("event_id") String eventId, @JsonProperty("session") RequestSession session)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "session.update";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param session the session fields to change; fields left out keep their value
   * @return the new event
   */
  public static ClientEventSessionUpdate of(RequestSession session) {
    return new ClientEventSessionUpdate(null, session);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
