package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a warning occurs that does not interrupt the conversation flow. Warnings are
 * informational and the session will continue normally.
 *
 * <p>Wire type {@code warning}.
 *
 * @param eventId the server-assigned event id
 * @param warning the warning
 */
public record ServerEventWarning(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("warning") ServerEventWarningDetails warning)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "warning";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param warning the warning
   * @return the new event
   */
  public static ServerEventWarning of(ServerEventWarningDetails warning) {
    return new ServerEventWarning(null, warning);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
