package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Emitted at the beginning of a response to report the updated rate limits.
 *
 * <p>Wire type {@code rate_limits.updated}.
 *
 * <p>Not in the seed's model list: documented in the 2025-10-01 reference.
 *
 * @param eventId the server-assigned event id
 * @param rateLimits the current rate limits
 */
public record ServerEventRateLimitsUpdated(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("rate_limits") List<RateLimit> rateLimits)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "rate_limits.updated";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param eventId the server-assigned event id
   * @param rateLimits the current rate limits
   */
  public ServerEventRateLimitsUpdated {
    rateLimits = rateLimits == null ? null : List.copyOf(rateLimits);
  }

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param rateLimits the current rate limits
   * @return the new event
   */
  public static ServerEventRateLimitsUpdated of(List<RateLimit> rateLimits) {
    return new ServerEventRateLimitsUpdated(null, rateLimits);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
