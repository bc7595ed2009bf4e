package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details of output token usage.
 *
 * @param textTokens the text output tokens
 * @param audioTokens the audio output tokens
 * @param reasoningTokens the reasoning tokens, or null
 */
public record OutputTokenDetails(
    @JsonProperty("text_tokens") int textTokens,
    @JsonProperty("audio_tokens") int audioTokens,
    @JsonProperty("reasoning_tokens") Integer reasoningTokens) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param textTokens the text output tokens
   * @param audioTokens the audio output tokens
   * @return the new value
   */
  public static OutputTokenDetails of(int textTokens, int audioTokens) {
    return new OutputTokenDetails(textTokens, audioTokens, null);
  }
}
