package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A time-stamped word in the transcription.
 *
 * @param text the word
 * @param offsetMilliseconds the word's start in the input audio, in milliseconds
 * @param durationMilliseconds the word's duration, in milliseconds
 */
public record TranscriptionWord(
    @JsonProperty("text") String text,
    @JsonProperty("offset_milliseconds") int offsetMilliseconds,
    @JsonProperty("duration_milliseconds") int durationMilliseconds) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param text the word
   * @param offsetMilliseconds the word's start in the input audio, in milliseconds
   * @param durationMilliseconds the word's duration, in milliseconds
   * @return the new value
   */
  public static TranscriptionWord of(
      String text, int offsetMilliseconds, int durationMilliseconds) {
    return new TranscriptionWord(text, offsetMilliseconds, durationMilliseconds);
  }
}
