package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Marks the end of an audio input turn.
 *
 * <p>Wire type {@code input_audio.turn.end}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param turnId the turn that ends
 */
public record ClientEventInputAudioTurnEnd(
    @JsonProperty("event_id") String eventId, @JsonProperty("turn_id") String turnId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio.turn.end";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param turnId the turn that ends
   * @return the new event
   */
  public static ClientEventInputAudioTurnEnd of(String turnId) {
    return new ClientEventInputAudioTurnEnd(null, turnId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
