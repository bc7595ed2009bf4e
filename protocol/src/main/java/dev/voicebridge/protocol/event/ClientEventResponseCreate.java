package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * This event instructs the server to create a Response, which means triggering model inference. In
 * server VAD mode the server creates responses by itself; it answers with {@code response.created}.
 *
 * <p>Wire type {@code response.create}.
 *
 * @param eventId the client-chosen event id, or null to send none
 * @param response parameters for this response only, or null to use the session's
 * @param additionalInstructions instructions appended to the session's for this response, or null
 *     (Java beta.1)
 */
public record ClientEventResponseCreate(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response") ResponseCreateParams response,
    @JsonProperty("additional_instructions") String additionalInstructions)
    implements ClientEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.create";

  /**
   * Creates the event with no optional fields set.
   *
   * @return the new event
   */
  public static ClientEventResponseCreate of() {
    return new ClientEventResponseCreate(null, null, null);
  }

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param response parameters for this response only, or null to use the session's
   * @return the new event
   */
  public static ClientEventResponseCreate of(ResponseCreateParams response) {
    return new ClientEventResponseCreate(null, response, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
