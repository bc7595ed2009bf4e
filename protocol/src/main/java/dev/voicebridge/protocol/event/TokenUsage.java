package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Overall usage statistics for a response.
 *
 * @param totalTokens the input and output tokens
 * @param inputTokens the input tokens
 * @param outputTokens the output tokens
 * @param inputTokenDetails the input tokens by kind, or null
 * @param outputTokenDetails the output tokens by kind, or null
 */
public record TokenUsage(
    @JsonProperty("total_tokens") int totalTokens,
    @JsonProperty("input_tokens") int inputTokens,
    @JsonProperty("output_tokens") int outputTokens,
    @JsonProperty("input_token_details") InputTokenDetails inputTokenDetails,
    @JsonProperty("output_token_details") OutputTokenDetails outputTokenDetails) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param totalTokens the input and output tokens
   * @param inputTokens the input tokens
   * @param outputTokens the output tokens
   * @return the new value
   */
  public static TokenUsage of(int totalTokens, int inputTokens, int outputTokens) {
    return new TokenUsage(totalTokens, inputTokens, outputTokens, null, null);
  }
}
