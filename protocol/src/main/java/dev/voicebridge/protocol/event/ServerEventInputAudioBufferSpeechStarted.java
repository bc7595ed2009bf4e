package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sent by the server when in server VAD mode to indicate that speech has been detected in the audio
 * buffer. The bridge flushes its playout on this event (barge-in).
 *
 * <p>Wire type {@code input_audio_buffer.speech_started}.
 *
 * @param eventId the server-assigned event id
 * @param audioStartMs milliseconds from the start of all audio written this session to the start of
 *     speech, including {@code prefix_padding_ms}
 * @param itemId the id of the user message item that will be created when speech stops
 */
public record ServerEventInputAudioBufferSpeechStarted(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("audio_start_ms") int audioStartMs,
    @JsonProperty("item_id") String itemId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio_buffer.speech_started";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param audioStartMs milliseconds from the start of all audio written this session to the start
   *     of speech, including {@code prefix_padding_ms}
   * @param itemId the id of the user message item that will be created when speech stops
   * @return the new event
   */
  public static ServerEventInputAudioBufferSpeechStarted of(int audioStartMs, String itemId) {
    return new ServerEventInputAudioBufferSpeechStarted(null, audioStartMs, itemId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
