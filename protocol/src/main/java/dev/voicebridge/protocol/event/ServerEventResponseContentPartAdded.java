package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a new content part is added to an assistant message item during response
 * generation.
 *
 * <p>Wire type {@code response.content_part.added}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param contentIndex the index of the content part in the item's content array
 * @param part the content part
 */
public record ServerEventResponseContentPartAdded(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("part") ContentPart part)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.content_part.added";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @param contentIndex the index of the content part in the item's content array
   * @param part the content part
   * @return the new event
   */
  public static ServerEventResponseContentPartAdded of(
      String responseId, String itemId, int outputIndex, int contentIndex, ContentPart part) {
    return new ServerEventResponseContentPartAdded(
        null, responseId, itemId, outputIndex, contentIndex, part);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
