package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * An audio content part for a response.
 *
 * <p>Wire {@code type}: {@code audio}.
 *
 * @param audio the audio, sent as base64, or null (usually left out)
 * @param transcript the transcript of the audio, or null
 */
public record ResponseAudioContentPart(
    @JsonProperty("audio") byte[] audio, @JsonProperty("transcript") String transcript)
    implements ContentPart {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "audio";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param transcript the transcript of the audio, or null
   * @return the new value
   */
  public static ResponseAudioContentPart of(String transcript) {
    return new ResponseAudioContentPart(null, transcript);
  }

  @Override
  public String type() {
    return TYPE;
  }

  // Arrays compare by identity in a record; audio payloads must compare by content.
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ResponseAudioContentPart that)) {
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
    return "ResponseAudioContentPart["
        + "audio="
        + (audio == null ? "null" : audio.length + " bytes")
        + ", "
        + "transcript="
        + transcript
        + "]";
  }
}
