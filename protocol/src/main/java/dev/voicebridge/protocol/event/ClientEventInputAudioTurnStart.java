package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Indicates the start of a new audio input turn.
 *
 * <p>Wire type {@code input_audio.turn.start}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param turnId the id the client gives the turn
 */
public record ClientEventInputAudioTurnStart(
    @JsonProperty("event_id") String eventId, @JsonProperty("turn_id") String turnId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio.turn.start";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param turnId the id the client gives the turn
   * @return the new event
   */
  public static ClientEventInputAudioTurnStart of(String turnId) {
    return new ClientEventInputAudioTurnStart(null, turnId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
