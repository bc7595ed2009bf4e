package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details of the warning.
 *
 * @param message the human-readable message
 * @param code the warning code, or null
 * @param param the parameter the warning is about, or null
 */
public record ServerEventWarningDetails(
    @JsonProperty("message") String message,
    @JsonProperty("code") String code,
    @JsonProperty("param") String param) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param message the human-readable message
   * @return the new value
   */
  public static ServerEventWarningDetails of(String message) {
    return new ServerEventWarningDetails(message, null, null);
  }
}
