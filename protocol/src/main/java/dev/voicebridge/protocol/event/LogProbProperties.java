package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A single log probability entry for a token.
 *
 * @param token the token
 * @param logprob the log probability of the token
 * @param bytes the token's UTF-8 bytes, or null
 */
public record LogProbProperties(
    @JsonProperty("token") String token,
    @JsonProperty("logprob") double logprob,
    @JsonProperty("bytes") List<Integer> bytes) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param token the token
   * @param logprob the log probability of the token
   * @param bytes the token's UTF-8 bytes, or null
   */
  public LogProbProperties {
    bytes = bytes == null ? null : List.copyOf(bytes);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param token the token
   * @param logprob the log probability of the token
   * @return the new value
   */
  public static LogProbProperties of(String token, double logprob) {
    return new LogProbProperties(token, logprob, null);
  }
}
