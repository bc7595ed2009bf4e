package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Input text content part.
 *
 * <p>Wire {@code type}: {@code input_text}.
 *
 * @param text the text
 */
public record InputTextContentPart(@JsonProperty("text") String text)
    implements MessageContentPart {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "input_text";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param text the text
   * @return the new value
   */
  public static InputTextContentPart of(String text) {
    return new InputTextContentPart(text);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
