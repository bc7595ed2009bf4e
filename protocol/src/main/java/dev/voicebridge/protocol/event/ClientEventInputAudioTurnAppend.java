package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * Appends audio data to an ongoing input turn.
 *
 * <p>Wire type {@code input_audio.turn.append}.
 *
 * <p>The audio array is not copied: callers hand it over and must not change it afterwards.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param turnId the turn the audio belongs to
 * @param audio audio in the session's {@code input_audio_format}, sent as base64
 */
public record ClientEventInputAudioTurnAppend(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("turn_id") String turnId,
    @JsonProperty("audio") byte[] audio)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio.turn.append";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param turnId the turn the audio belongs to
   * @param audio audio in the session's {@code input_audio_format}, sent as base64
   * @return the new event
   */
  public static ClientEventInputAudioTurnAppend of(String turnId, byte[] audio) {
    return new ClientEventInputAudioTurnAppend(null, turnId, audio);
  }

  @Override
  public String type() {
    return TYPE;
  }

  // Arrays compare by identity in a record; audio payloads must compare by content.
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ClientEventInputAudioTurnAppend that)) {
      return false;
    }
    return Objects.equals(eventId, that.eventId)
        && Objects.equals(turnId, that.turnId)
        && Arrays.equals(audio, that.audio);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(eventId, turnId) + Arrays.hashCode(audio);
  }

  // Audio would flood logs: show its length only.
  @Override
  public String toString() {
    return "ClientEventInputAudioTurnAppend["
        + "eventId="
        + eventId
        + ", "
        + "turnId="
        + turnId
        + ", "
        + "audio="
        + (audio == null ? "null" : audio.length + " bytes")
        + "]";
  }
}
