package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One rate limit reported by {@code rate_limits.updated}.
 *
 * <p>Not in the seed's model list: from the 2025-10-01 reference.
 *
 * @param name the limit's name, e.g. {@code requests} or {@code tokens}
 * @param limit the maximum allowed
 * @param remaining what remains before the limit is hit
 * @param resetSeconds the seconds until the limit resets
 */
public record RateLimit(
    @JsonProperty("name") String name,
    @JsonProperty("limit") int limit,
    @JsonProperty("remaining") int remaining,
    @JsonProperty("reset_seconds") double resetSeconds) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the limit's name, e.g. {@code requests} or {@code tokens}
   * @param limit the maximum allowed
   * @param remaining what remains before the limit is hit
   * @param resetSeconds the seconds until the limit resets
   * @return the new value
   */
  public static RateLimit of(String name, int limit, int remaining, double resetSeconds) {
    return new RateLimit(name, limit, remaining, resetSeconds);
  }
}
