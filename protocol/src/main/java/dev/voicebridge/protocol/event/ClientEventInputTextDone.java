package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ends the user text input streamed with {@code input_text.delta} (api-version 2026-07-15).
 *
 * <p>Wire type {@code input_text.done}.
 *
 * <p>Not in the seed's model list, and its shape is not verified.
 *
 * @param eventId the client-chosen event id, or null to send none
 */
public record ClientEventInputTextDone(@JsonProperty("event_id") String eventId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_text.done";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ClientEventInputTextDone of() {
    return new ClientEventInputTextDone(null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
