package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when the output audio buffer has been cleared (avatar mode only).
 *
 * <p>Wire type {@code output_audio_buffer.cleared}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the response whose audio was cleared, or null
 */
public record ServerEventOutputAudioBufferCleared(
    @JsonProperty("event_id") String eventId, @JsonProperty("response_id") String responseId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "output_audio_buffer.cleared";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ServerEventOutputAudioBufferCleared of() {
    return new ServerEventOutputAudioBufferCleared(null, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
