package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when the avatar switches to idle state.
 *
 * <p>Wire type {@code session.avatar.switch_to_idle}.
 *
 * @param eventId the server-assigned event id
 */
public record ServerEventSessionAvatarSwitchToIdle(@JsonProperty("event_id") String eventId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "session.avatar.switch_to_idle";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ServerEventSessionAvatarSwitchToIdle of() {
    return new ServerEventSessionAvatarSwitchToIdle(null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
