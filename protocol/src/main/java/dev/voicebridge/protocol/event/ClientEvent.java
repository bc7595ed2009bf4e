package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A voicelive client event. You probably want to use the sub-classes and not this class directly.
 * Every client event may carry an optional {@code event_id}; an unknown {@code type} read by the
 * local server is kept as {@link UnknownClientEvent}.
 *
 * <p>Each event is a record whose components are its JSON fields; its wire type is the record's
 * {@code TYPE} constant. The {@code permits} clause is the registry the parser reads.
 */
@JsonPropertyOrder({"type", "event_id"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface ClientEvent
    permits ClientEventConversationItemCreate,
        ClientEventConversationItemDelete,
        ClientEventConversationItemRetrieve,
        ClientEventConversationItemTruncate,
        ClientEventInputAudioBufferAppend,
        ClientEventInputAudioBufferClear,
        ClientEventInputAudioBufferCommit,
        ClientEventInputAudioClear,
        ClientEventInputAudioTurnAppend,
        ClientEventInputAudioTurnCancel,
        ClientEventInputAudioTurnEnd,
        ClientEventInputAudioTurnStart,
        ClientEventInputTextDelta,
        ClientEventInputTextDone,
        ClientEventOutputAudioBufferClear,
        ClientEventResponseCancel,
        ClientEventResponseCreate,
        ClientEventSessionAvatarConnect,
        ClientEventSessionUpdate,
        UnknownClientEvent {
  /**
   * Returns the wire type of this event, e.g. {@code input_audio_buffer.append}.
   *
   * @return the type string
   */
  @JsonProperty("type")
  String type();

  /**
   * Returns the event id.
   *
   * @return the client-chosen event id, or null if none is sent
   */
  @JsonProperty("event_id")
  String eventId();
}
