package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Client request to clear the avatar output buffer (avatar mode only); the server answers with
 * {@code output_audio_buffer.cleared}.
 *
 * <p>Wire type {@code output_audio_buffer.clear}.
 *
 * @param eventId the client-chosen event id, or null to send none
 */
public record ClientEventOutputAudioBufferClear(@JsonProperty("event_id") String eventId)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "output_audio_buffer.clear";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ClientEventOutputAudioBufferClear of() {
    return new ClientEventOutputAudioBufferClear(null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
