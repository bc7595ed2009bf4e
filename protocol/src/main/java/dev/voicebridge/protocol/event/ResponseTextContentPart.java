package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text content part for a response.
 *
 * <p>Wire {@code type}: {@code text}.
 *
 * @param text the text
 */
public record ResponseTextContentPart(@JsonProperty("text") String text) implements ContentPart {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "text";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param text the text
   * @return the new value
   */
  public static ResponseTextContentPart of(String text) {
    return new ResponseTextContentPart(text);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
