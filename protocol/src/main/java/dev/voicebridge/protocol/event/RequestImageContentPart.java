package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Input image content part.
 *
 * <p>Wire {@code type}: {@code input_image}.
 *
 * @param imageUrl the image, as a URL or a data URL
 * @param detail the detail level, or null
 */
public record RequestImageContentPart(
    @JsonProperty("image_url") String imageUrl,
    @JsonProperty("detail") RequestImageContentPartDetail detail)
    implements ContentPart {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "input_image";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param imageUrl the image, as a URL or a data URL
   * @return the new value
   */
  public static RequestImageContentPart of(String imageUrl) {
    return new RequestImageContentPart(imageUrl, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
