package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Defines a video crop rectangle using top-left and bottom-right coordinates.
 *
 * @param topLeft the top-left corner as [x, y]
 * @param bottomRight the bottom-right corner as [x, y]
 */
public record VideoCrop(
    @JsonProperty("top_left") List<Integer> topLeft,
    @JsonProperty("bottom_right") List<Integer> bottomRight) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param topLeft the top-left corner as [x, y]
   * @param bottomRight the bottom-right corner as [x, y]
   */
  public VideoCrop {
    topLeft = topLeft == null ? null : List.copyOf(topLeft);
    bottomRight = bottomRight == null ? null : List.copyOf(bottomRight);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param topLeft the top-left corner as [x, y]
   * @param bottomRight the bottom-right corner as [x, y]
   * @return the new value
   */
  public static VideoCrop of(List<Integer> topLeft, List<Integer> bottomRight) {
    return new VideoCrop(topLeft, bottomRight);
  }
}
