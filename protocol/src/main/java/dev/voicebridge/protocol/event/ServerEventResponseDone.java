package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a Response is done streaming. Always emitted, no matter the final state; the
 * response carries the final status and the usage.
 *
 * <p>Wire type {@code response.done}.
 *
 * @param eventId the server-assigned event id
 * @param response the finished response
 */
public record ServerEventResponseDone(
    @JsonProperty("event_id") String eventId, @JsonProperty("response") Response response)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.done";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param response the finished response
   * @return the new event
   */
  public static ServerEventResponseDone of(Response response) {
    return new ServerEventResponseDone(null, response);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
