package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Video streaming parameters for avatar.
 *
 * @param bitrate the bitrate in bits per second, or null
 * @param codec the codec, e.g. {@code h264}, or null
 * @param crop the crop rectangle, or null
 * @param resolution the resolution, or null
 * @param background the background, or null
 * @param gopSize the group-of-pictures size in [1, 2000], or null
 */
public record VideoParams(
    @JsonProperty("bitrate") Integer bitrate,
    @JsonProperty("codec") String codec,
    @JsonProperty("crop") VideoCrop crop,
    @JsonProperty("resolution") VideoResolution resolution,
    @JsonProperty("background") Background background,
    @JsonProperty("gop_size") Integer gopSize) {
  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static VideoParams of() {
    return new VideoParams(null, null, null, null, null, null);
  }
}
