package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Represents a delta update of blendshape animation frames for a specific output of a response.
 *
 * <p>Wire type {@code response.animation_blendshapes.delta}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param frames the blendshape frames, one array of weights per frame
 * @param frameIndex the index of the first frame in this delta
 */
public record ServerEventResponseAnimationBlendshapeDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("frames") List<List<Double>> frames,
    @JsonProperty("frame_index") int frameIndex)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.animation_blendshapes.delta";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param eventId the server-assigned event id
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param frames the blendshape frames, one array of weights per frame
   * @param frameIndex the index of the first frame in this delta
   */
  public ServerEventResponseAnimationBlendshapeDelta {
    frames = frames == null ? null : frames.stream().map(List::copyOf).toList();
  }

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param frames the blendshape frames, one array of weights per frame
   * @param frameIndex the index of the first frame in this delta
   * @return the new event
   */
  public static ServerEventResponseAnimationBlendshapeDelta of(
      String responseId,
      String itemId,
      int outputIndex,
      int contentIndex,
      List<List<Double>> frames,
      int frameIndex) {
    return new ServerEventResponseAnimationBlendshapeDelta(
        null, responseId, itemId, outputIndex, contentIndex, frames, frameIndex);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
