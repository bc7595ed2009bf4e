package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned in server VAD mode when the server detects the end of speech in the audio buffer.
 *
 * <p>Wire type {@code input_audio_buffer.speech_stopped}.
 *
 * @param eventId the server-assigned event id
 * @param audioEndMs milliseconds from the start of all audio written this session to the end of
 *     speech
 * @param itemId the id of the user message item that will be created
 */
public record ServerEventInputAudioBufferSpeechStopped(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("audio_end_ms") int audioEndMs,
    @JsonProperty("item_id") String itemId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio_buffer.speech_stopped";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param audioEndMs milliseconds from the start of all audio written this session to the end of
   *     speech
   * @param itemId the id of the user message item that will be created
   * @return the new event
   */
  public static ServerEventInputAudioBufferSpeechStopped of(int audioEndMs, String itemId) {
    return new ServerEventInputAudioBufferSpeechStopped(null, audioEndMs, itemId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
