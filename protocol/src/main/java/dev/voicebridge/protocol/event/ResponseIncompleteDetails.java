package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details for an incomplete response.
 *
 * <p>Wire {@code type}: {@code incomplete}.
 *
 * @param reason {@code max_output_tokens} or {@code content_filter}
 */
public record ResponseIncompleteDetails(@JsonProperty("reason") String reason)
    implements ResponseStatusDetails {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "incomplete";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param reason {@code max_output_tokens} or {@code content_filter}
   * @return the new value
   */
  public static ResponseIncompleteDetails of(String reason) {
    return new ResponseIncompleteDetails(reason);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
