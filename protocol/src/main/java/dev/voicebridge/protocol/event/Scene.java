package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Configuration for avatar's zoom level, position, rotation and movement amplitude in the video
 * frame.
 *
 * @param zoom the zoom level, or null
 * @param positionX the horizontal position, or null
 * @param positionY the vertical position, or null
 * @param rotationX the rotation around the x axis, or null
 * @param rotationY the rotation around the y axis, or null
 * @param rotationZ the rotation around the z axis, or null
 * @param amplitude the movement amplitude, or null
 */
public record Scene(
    @JsonProperty("zoom") Double zoom,
    @JsonProperty("position_x") Double positionX,
    @JsonProperty("position_y") Double positionY,
    @JsonProperty("rotation_x") Double rotationX,
    @JsonProperty("rotation_y") Double rotationY,
    @JsonProperty("rotation_z") Double rotationZ,
    @JsonProperty("amplitude") Double amplitude) {
  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static Scene of() {
    return new Scene(null, null, null, null, null, null, null);
  }
}
