package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Send this event to clear the audio bytes in the buffer. The server answers with {@code
 * input_audio_buffer.cleared}.
 *
 * <p>Wire type {@code input_audio_buffer.clear}.
 *
 * @param eventId the client-chosen event id, or null to send none
 */
public record ClientEventInputAudioBufferClear(@JsonProperty("event_id") String eventId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio_buffer.clear";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ClientEventInputAudioBufferClear of() {
    return new ClientEventInputAudioBufferClear(null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
