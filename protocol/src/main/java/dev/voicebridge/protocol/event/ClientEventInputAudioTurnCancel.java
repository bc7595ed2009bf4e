package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cancels an in-progress input audio turn.
 *
 * <p>Wire type {@code input_audio.turn.cancel}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param turnId the turn to cancel
 */
public record ClientEventInputAudioTurnCancel(
    @JsonProperty("event_id") String eventId, @JsonProperty("turn_id") String turnId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio.turn.cancel";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param turnId the turn to cancel
   * @return the new event
   */
  public static ClientEventInputAudioTurnCancel of(String turnId) {
    return new ClientEventInputAudioTurnCancel(null, turnId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
