package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Output text content part.
 *
 * <p>Wire {@code type}: {@code text}.
 *
 * @param text the text
 */
public record OutputTextContentPart(@JsonProperty("text") String text)
    implements MessageContentPart {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "text";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param text the text
   * @return the new value
   */
  public static OutputTextContentPart of(String text) {
    return new OutputTextContentPart(text);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
