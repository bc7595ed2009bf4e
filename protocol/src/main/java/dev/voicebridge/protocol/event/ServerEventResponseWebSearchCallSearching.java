package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when a web search call is searching.
 *
 * <p>Wire type {@code response.web_search_call.searching}.
 *
 * @param eventId the server-assigned event id
 * @param responseId the id of the response
 * @param itemId the id of the item
 * @param outputIndex the index of the output item in the response
 * @param sequenceNumber the sequence number of this event, or null
 */
public record ServerEventResponseWebSearchCallSearching(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("response_id") String responseId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("output_index") int outputIndex,
    @JsonProperty("sequence_number") Integer sequenceNumber)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "response.web_search_call.searching";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param responseId the id of the response
   * @param itemId the id of the item
   * @param outputIndex the index of the output item in the response
   * @return the new event
   */
  public static ServerEventResponseWebSearchCallSearching of(
      String responseId, String itemId, int outputIndex) {
    return new ServerEventResponseWebSearchCallSearching(
        null, responseId, itemId, outputIndex, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
