package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Streams a piece of user text input, as an alternative to audio (api-version 2026-07-15).
 *
 * <p>Wire type {@code input_text.delta}.
 *
 * <p>Not in the seed's model list, and its shape is not verified: the field names follow the other
 * delta events.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param delta the next piece of the user's text
 */
public record ClientEventInputTextDelta(
    @JsonProperty("event_id") String eventId, @JsonProperty("delta") String delta)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_text.delta";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param delta the next piece of the user's text
   * @return the new event
   */
  public static ClientEventInputTextDelta of(String delta) {
    return new ClientEventInputTextDelta(null, delta);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
