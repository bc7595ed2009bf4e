package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details for a cancelled response.
 *
 * <p>Wire {@code type}: {@code cancelled}.
 *
 * <p>The 2025-10-01 reference spells the type {@code canceled}; that spelling is read too.
 *
 * @param reason {@code turn_detected} (the user spoke) or {@code client_cancelled}
 */
public record ResponseCancelledDetails(@JsonProperty("reason") String reason)
    implements ResponseStatusDetails {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "cancelled";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param reason {@code turn_detected} (the user spoke) or {@code client_cancelled}
   * @return the new value
   */
  public static ResponseCancelledDetails of(String reason) {
    return new ResponseCancelledDetails(reason);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
