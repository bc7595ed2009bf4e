package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when an input audio buffer is committed, either by the client or automatically in server
 * VAD mode. The {@code item_id} names the user message item that will be created.
 *
 * <p>Wire type {@code input_audio_buffer.committed}.
 *
 * @param eventId the server-assigned event id
 * @param previousItemId the item the new one follows, or null
 * @param itemId the id of the user message item that will be created
 */
public record ServerEventInputAudioBufferCommitted(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("previous_item_id") String previousItemId,
    @JsonProperty("item_id") String itemId)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "input_audio_buffer.committed";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param previousItemId the item the new one follows, or null
   * @param itemId the id of the user message item that will be created
   * @return the new event
   */
  public static ServerEventInputAudioBufferCommitted of(String previousItemId, String itemId) {
    return new ServerEventInputAudioBufferCommitted(null, previousItemId, itemId);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
