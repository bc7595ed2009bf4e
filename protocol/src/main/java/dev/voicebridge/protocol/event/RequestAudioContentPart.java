package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * An audio content part for a request. This is supported only by realtime models (e.g.,
 * gpt-realtime). For text-based models, use {@code input_text} instead.
 *
 * <p>Wire {@code type}: {@code input_audio}.
 *
 * @param audio the audio, sent as base64, or null
 * @param transcript the audio's transcript, or null
 */
public record RequestAudioContentPart(
    @JsonProperty("audio") byte[] audio, @JsonProperty("transcript") String transcript)
    implements ContentPart {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "input_audio";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param audio the audio, sent as base64, or null
   * @return the new value
   */
  public static RequestAudioContentPart of(byte[] audio) {
    return new RequestAudioContentPart(audio, null);
  }

  @Override
  public String type() {
    return TYPE;
  }

  // Arrays compare by identity in a record; audio payloads must compare by content.
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RequestAudioContentPart that)) {
      return false;
    }
    return Arrays.equals(audio, that.audio) && Objects.equals(transcript, that.transcript);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(transcript) + Arrays.hashCode(audio);
  }

  // Audio would flood logs: show its length only.
  @Override
  public String toString() {
    return "RequestAudioContentPart["
        + "audio="
        + (audio == null ? "null" : audio.length + " bytes")
        + ", "
        + "transcript="
        + transcript
        + "]";
  }
}
