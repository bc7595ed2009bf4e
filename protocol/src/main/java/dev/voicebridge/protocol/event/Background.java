package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Defines a video background, either a solid color or an image URL (mutually exclusive).
 *
 * @param color the color, e.g. {@code #00FF00FF}, or null
 * @param imageUrl the URL of a background image, or null
 */
public record Background(
    @JsonProperty("color") String color, @JsonProperty("image_url") String imageUrl) {
  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static Background of() {
    return new Background(null, null);
  }
}
