package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Resolution of the video feed in pixels.
 *
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record VideoResolution(
    @JsonProperty("width") int width, @JsonProperty("height") int height) {
  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param width the width in pixels
   * @param height the height in pixels
   * @return the new value
   */
  public static VideoResolution of(int width, int height) {
    return new VideoResolution(width, height);
  }
}
