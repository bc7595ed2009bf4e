package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * Send this event to append audio bytes to the input audio buffer. The server does not acknowledge
 * it; with server VAD it decides when to commit.
 *
 * <p>Wire type {@code input_audio_buffer.append}.
 *
 * <p>The audio array is not copied, for the media path's sake: callers hand it over and must not
 * change it afterwards.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param audio audio in the session's {@code input_audio_format}, sent as base64; at most 15 MiB
 */
public record ClientEventInputAudioBufferAppend(
    @JsonProperty("event_id") String eventId, @JsonProperty("audio") byte[] audio)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio_buffer.append";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param audio audio in the session's {@code input_audio_format}, sent as base64; at most 15 MiB
   * @return the new event
   */
  public static ClientEventInputAudioBufferAppend of(byte[] audio) {
    return new ClientEventInputAudioBufferAppend(null, audio);
  }

  @Override
  public String type() {
    return TYPE;
  }

  // Arrays compare by identity in a record; audio payloads must compare by content.
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ClientEventInputAudioBufferAppend that)) {
      return false;
    }
    return Objects.equals(eventId, that.eventId) && Arrays.equals(audio, that.audio);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(eventId) + Arrays.hashCode(audio);
  }

  // Audio would flood logs: show its length only.
  @Override
  public String toString() {
    return "ClientEventInputAudioBufferAppend["
        + "eventId="
        + eventId
        + ", "
        + "audio="
        + (audio == null ? "null" : audio.length + " bytes")
        + "]";
  }
}
