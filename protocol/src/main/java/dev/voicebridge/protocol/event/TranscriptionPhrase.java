package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A transcribed phrase with timing information.
 *
 * @param offsetMilliseconds the phrase's start in the input audio, in milliseconds
 * @param durationMilliseconds the phrase's duration, in milliseconds
 * @param text the phrase's text
 * @param words the phrase's words, or null
 * @param locale the detected locale, or null
 * @param confidence the recognition confidence, or null
 */
public record TranscriptionPhrase(
    @JsonProperty("offset_milliseconds") int offsetMilliseconds,
    @JsonProperty("duration_milliseconds") int durationMilliseconds,
    @JsonProperty("text") String text,
    @JsonProperty("words") List<TranscriptionWord> words,
    @JsonProperty("locale") String locale,
    @JsonProperty("confidence") Double confidence) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param offsetMilliseconds the phrase's start in the input audio, in milliseconds
   * @param durationMilliseconds the phrase's duration, in milliseconds
   * @param text the phrase's text
   * @param words the phrase's words, or null
   * @param locale the detected locale, or null
   * @param confidence the recognition confidence, or null
   */
  public TranscriptionPhrase {
    words = words == null ? null : List.copyOf(words);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param offsetMilliseconds the phrase's start in the input audio, in milliseconds
   * @param durationMilliseconds the phrase's duration, in milliseconds
   * @param text the phrase's text
   * @return the new value
   */
  public static TranscriptionPhrase of(
      int offsetMilliseconds, int durationMilliseconds, String text) {
    return new TranscriptionPhrase(
        offsetMilliseconds, durationMilliseconds, text, null, null, null);
  }
}
