package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Send this event to cancel an in-progress response. The server answers with {@code response.done}
 * whose status is {@code cancelled}.
 *
 * <p>Wire type {@code response.cancel}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param responseId the response to cancel, or null for the one in progress
 */
public record ClientEventResponseCancel(
    @JsonProperty("event_id") String eventId, @JsonProperty("response_id") String responseId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.cancel";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ClientEventResponseCancel of() {
    return new ClientEventResponseCancel(null, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
