package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text content part for a request.
 *
 * <p>Wire {@code type}: {@code input_text}.
 *
 * @param text the text
 */
public record RequestTextContentPart(@JsonProperty("text") String text) implements ContentPart {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "input_text";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param text the text
   * @return the new value
   */
  public static RequestTextContentPart of(String text) {
    return new RequestTextContentPart(text);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
