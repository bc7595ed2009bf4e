package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Send this event to commit the user input audio buffer, which will create a new user message item
 * in the conversation. The server answers with {@code input_audio_buffer.committed}; it is an error
 * if the buffer is empty, and not needed with server VAD.
 *
 * <p>Wire type {@code input_audio_buffer.commit}.
 *
 * @param eventId the client-chosen event id, or null to send none
 */
public record ClientEventInputAudioBufferCommit(@JsonProperty("event_id") String eventId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio_buffer.commit";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ClientEventInputAudioBufferCommit of() {
    return new ClientEventInputAudioBufferCommit(null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
