package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Standard error response envelope.
 *
 * @param error the error
 */
public record ErrorResponse(@JsonProperty("error") VoiceLiveErrorDetails error) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param error the error
   * @return the new value
   */
  public static ErrorResponse of(VoiceLiveErrorDetails error) {
    return new ErrorResponse(error);
  }
}
