package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details of the error.
 *
 * @param type the error kind, e.g. {@code invalid_request_error} or {@code server_error}
 * @param code the error code, or null
 * @param message the human-readable message
 * @param param the parameter the error is about, or null
 * @param eventId the id of the client event that caused the error, or null
 */
public record ServerEventErrorDetails(
    @JsonProperty("type") String type,
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("param") String param,
    @JsonProperty("event_id") String eventId) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param type the error kind, e.g. {@code invalid_request_error} or {@code server_error}
   * @param code the error code, or null
   * @param message the human-readable message
   * @return the new value
   */
  public static ServerEventErrorDetails of(String type, String code, String message) {
    return new ServerEventErrorDetails(type, code, message, null, null);
  }
}
