package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details for a failed response.
 *
 * <p>Wire {@code type}: {@code failed}.
 *
 * @param error the error
 */
public record ResponseFailedDetails(@JsonProperty("error") VoiceLiveErrorDetails error)
    implements ResponseStatusDetails {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "failed";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param error the error
   * @return the new value
   */
  public static ResponseFailedDetails of(VoiceLiveErrorDetails error) {
    return new ResponseFailedDetails(error);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
