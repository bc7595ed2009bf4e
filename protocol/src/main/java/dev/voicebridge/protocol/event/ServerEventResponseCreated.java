package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a new Response is created. The first event of response creation, where the response
 * is in an initial state of {@code in_progress}.
 *
 * <p>Wire type {@code response.created}.
 *
 * @param eventId the server-assigned event id
 * @param response the response
 */
public record ServerEventResponseCreated(
    @JsonProperty("event_id") String eventId, @JsonProperty("response") Response response)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.created";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param response the response
   * @return the new event
   */
  public static ServerEventResponseCreated of(Response response) {
    return new ServerEventResponseCreated(null, response);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
