package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Clears all input audio currently being streamed.
 *
 * <p>Wire type {@code input_audio.clear}.
 *
 * @param eventId the client-chosen event id, or null to send none
 */
public record ClientEventInputAudioClear(@JsonProperty("event_id") String eventId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio.clear";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ClientEventInputAudioClear of() {
    return new ClientEventInputAudioClear(null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
