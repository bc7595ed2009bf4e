package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Error object returned in case of API failure.
 *
 * @param type the error kind, or null
 * @param code the error code, or null
 * @param message the human-readable message
 * @param param the parameter the error is about, or null
 * @param eventId the id of the client event that caused the error, or null
 */
public record VoiceLiveErrorDetails(
    @JsonProperty("type") String type,
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("param") String param,
    @JsonProperty("event_id") String eventId) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param code the error code, or null
   * @param message the human-readable message
   * @return the new value
   */
  public static VoiceLiveErrorDetails of(String code, String message) {
    return new VoiceLiveErrorDetails(null, code, message, null, null);
  }
}
