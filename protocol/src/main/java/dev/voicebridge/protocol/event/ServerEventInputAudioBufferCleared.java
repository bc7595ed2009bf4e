package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when the input audio buffer is cleared by the client with a {@code
 * input_audio_buffer.clear} event.
 *
 * <p>Wire type {@code input_audio_buffer.cleared}.
 *
 * @param eventId the server-assigned event id
 */
public record ServerEventInputAudioBufferCleared(@JsonProperty("event_id") String eventId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio_buffer.cleared";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ServerEventInputAudioBufferCleared of() {
    return new ServerEventInputAudioBufferCleared(null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
