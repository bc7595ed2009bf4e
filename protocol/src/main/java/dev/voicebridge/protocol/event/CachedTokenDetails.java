package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details of output token usage.
 *
 * <p>Despite the seed's description, these are the cached input tokens by kind.
 *
 * @param textTokens the cached text tokens
 * @param audioTokens the cached audio tokens
 * @param imageTokens the cached image tokens, or null
 */
public record CachedTokenDetails(
    @JsonProperty("text_tokens") int textTokens,
    @JsonProperty("audio_tokens") int audioTokens,
    @JsonProperty("image_tokens") Integer imageTokens) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param textTokens the cached text tokens
   * @param audioTokens the cached audio tokens
   * @return the new value
   */
  public static CachedTokenDetails of(int textTokens, int audioTokens) {
    return new CachedTokenDetails(textTokens, audioTokens, null);
  }
}
