package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details of input token usage.
 *
 * @param cachedTokens the cached input tokens
 * @param textTokens the text input tokens
 * @param audioTokens the audio input tokens
 * @param imageTokens the image input tokens, or null
 * @param cachedTokensDetails the cached tokens by kind, or null
 */
public record InputTokenDetails(
    @JsonProperty("cached_tokens") int cachedTokens,
    @JsonProperty("text_tokens") int textTokens,
    @JsonProperty("audio_tokens") int audioTokens,
    @JsonProperty("image_tokens") Integer imageTokens,
    @JsonProperty("cached_tokens_details") CachedTokenDetails cachedTokensDetails) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param cachedTokens the cached input tokens
   * @param textTokens the text input tokens
   * @param audioTokens the audio input tokens
   * @return the new value
   */
  public static InputTokenDetails of(int cachedTokens, int textTokens, int audioTokens) {
    return new InputTokenDetails(cachedTokens, textTokens, audioTokens, null, null);
  }
}
