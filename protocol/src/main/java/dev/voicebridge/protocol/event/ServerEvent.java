package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A voicelive server event. You probably want to use the sub-classes and not this class directly.
 * Every server event carries {@code type} and {@code event_id}; an unknown {@code type} is kept as
 * {@link UnknownServerEvent}.
 *
 * <p>Each event is a record whose components are its JSON fields; its wire type is the record's
 * {@code TYPE} constant. The {@code permits} clause is the registry the parser reads.
 */
@JsonPropertyOrder({"type", "event_id"})
@JsonIgnoreProperties(
    value = {"type"},
    allowGetters = true)
public sealed interface ServerEvent
    permits ServerEventConversationItemCreated,
        ServerEventConversationItemDeleted,
        ServerEventConversationItemInputAudioTranscriptionCompleted,
        ServerEventConversationItemInputAudioTranscriptionDelta,
        ServerEventConversationItemInputAudioTranscriptionFailed,
        ServerEventConversationItemRetrieved,
        ServerEventConversationItemTruncated,
        ServerEventError,
        ServerEventInputAudioBufferCleared,
        ServerEventInputAudioBufferCommitted,
        ServerEventInputAudioBufferSpeechStarted,
        ServerEventInputAudioBufferSpeechStopped,
        ServerEventMcpListToolsCompleted,
        ServerEventMcpListToolsFailed,
        ServerEventMcpListToolsInProgress,
        ServerEventOutputAudioBufferCleared,
        ServerEventRateLimitsUpdated,
        ServerEventResponseAnimationBlendshapeDelta,
        ServerEventResponseAnimationBlendshapeDone,
        ServerEventResponseAnimationVisemeDelta,
        ServerEventResponseAnimationVisemeDone,
        ServerEventResponseAudioDelta,
        ServerEventResponseAudioDone,
        ServerEventResponseAudioTimestampDelta,
        ServerEventResponseAudioTimestampDone,
        ServerEventResponseAudioTranscriptAnnotationAdded,
        ServerEventResponseAudioTranscriptDelta,
        ServerEventResponseAudioTranscriptDone,
        ServerEventResponseContentPartAdded,
        ServerEventResponseContentPartDone,
        ServerEventResponseCreated,
        ServerEventResponseDone,
        ServerEventResponseFileSearchCallCompleted,
        ServerEventResponseFileSearchCallInProgress,
        ServerEventResponseFileSearchCallSearching,
        ServerEventResponseFoundryAgentCallArgumentsDelta,
        ServerEventResponseFoundryAgentCallArgumentsDone,
        ServerEventResponseFoundryAgentCallCompleted,
        ServerEventResponseFoundryAgentCallFailed,
        ServerEventResponseFoundryAgentCallInProgress,
        ServerEventResponseFunctionCallArgumentsDelta,
        ServerEventResponseFunctionCallArgumentsDone,
        ServerEventResponseMcpCallArgumentsDelta,
        ServerEventResponseMcpCallArgumentsDone,
        ServerEventResponseMcpCallCompleted,
        ServerEventResponseMcpCallFailed,
        ServerEventResponseMcpCallInProgress,
        ServerEventResponseOutputItemAdded,
        ServerEventResponseOutputItemDone,
        ServerEventResponseTextDelta,
        ServerEventResponseTextDone,
        ServerEventResponseVideoDelta,
        ServerEventResponseWebSearchCallCompleted,
        ServerEventResponseWebSearchCallInProgress,
        ServerEventResponseWebSearchCallSearching,
        ServerEventSessionAvatarConnecting,
        ServerEventSessionAvatarSwitchToIdle,
        ServerEventSessionAvatarSwitchToSpeaking,
        ServerEventSessionCreated,
        ServerEventSessionUpdated,
        ServerEventWarning,
        UnknownServerEvent {
  /**
   * Returns the wire type of this event, e.g. {@code response.audio.delta}.
   *
   * @return the type string
   */
  @JsonProperty("type")
  String type();

  /**
   * Returns the event id.
   *
   * @return the event id, or null if the event had none
   */
  @JsonProperty("event_id")
  String eventId();
}
