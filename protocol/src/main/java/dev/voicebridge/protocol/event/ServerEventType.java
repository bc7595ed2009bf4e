package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Server event types used in VoiceLive protocol.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ServerEventType extends ExpandableStringEnum {
  private static final Values<ServerEventType> VALUES = new Values<>(ServerEventType::new);

  /** The type of {@link ServerEventConversationItemCreated}. */
  public static final ServerEventType CONVERSATION_ITEM_CREATED =
      VALUES.known("conversation.item.created");

  /** The type of {@link ServerEventConversationItemDeleted}. */
  public static final ServerEventType CONVERSATION_ITEM_DELETED =
      VALUES.known("conversation.item.deleted");

  /** The type of {@link ServerEventConversationItemInputAudioTranscriptionCompleted}. */
  public static final ServerEventType CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_COMPLETED =
      VALUES.known("conversation.item.input_audio_transcription.completed");

  /** The type of {@link ServerEventConversationItemInputAudioTranscriptionDelta}. */
  public static final ServerEventType CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_DELTA =
      VALUES.known("conversation.item.input_audio_transcription.delta");

  /** The type of {@link ServerEventConversationItemInputAudioTranscriptionFailed}. */
  public static final ServerEventType CONVERSATION_ITEM_INPUT_AUDIO_TRANSCRIPTION_FAILED =
      VALUES.known("conversation.item.input_audio_transcription.failed");

  /** The type of {@link ServerEventConversationItemRetrieved}. */
  public static final ServerEventType CONVERSATION_ITEM_RETRIEVED =
      VALUES.known("conversation.item.retrieved");

  /** The type of {@link ServerEventConversationItemTruncated}. */
  public static final ServerEventType CONVERSATION_ITEM_TRUNCATED =
      VALUES.known("conversation.item.truncated");

  /** The type of {@link ServerEventError}. */
  public static final ServerEventType ERROR = VALUES.known("error");

  /** The type of {@link ServerEventInputAudioBufferCleared}. */
  public static final ServerEventType INPUT_AUDIO_BUFFER_CLEARED =
      VALUES.known("input_audio_buffer.cleared");

  /** The type of {@link ServerEventInputAudioBufferCommitted}. */
  public static final ServerEventType INPUT_AUDIO_BUFFER_COMMITTED =
      VALUES.known("input_audio_buffer.committed");

  /** The type of {@link ServerEventInputAudioBufferSpeechStarted}. */
  public static final ServerEventType INPUT_AUDIO_BUFFER_SPEECH_STARTED =
      VALUES.known("input_audio_buffer.speech_started");

  /** The type of {@link ServerEventInputAudioBufferSpeechStopped}. */
  public static final ServerEventType INPUT_AUDIO_BUFFER_SPEECH_STOPPED =
      VALUES.known("input_audio_buffer.speech_stopped");

  /** The type of {@link ServerEventMcpListToolsCompleted}. */
  public static final ServerEventType MCP_LIST_TOOLS_COMPLETED =
      VALUES.known("mcp_list_tools.completed");

  /** The type of {@link ServerEventMcpListToolsFailed}. */
  public static final ServerEventType MCP_LIST_TOOLS_FAILED = VALUES.known("mcp_list_tools.failed");

  /** The type of {@link ServerEventMcpListToolsInProgress}. */
  public static final ServerEventType MCP_LIST_TOOLS_IN_PROGRESS =
      VALUES.known("mcp_list_tools.in_progress");

  /** The type of {@link ServerEventOutputAudioBufferCleared}. */
  public static final ServerEventType OUTPUT_AUDIO_BUFFER_CLEARED =
      VALUES.known("output_audio_buffer.cleared");

  /** The type of {@link ServerEventRateLimitsUpdated}. */
  public static final ServerEventType RATE_LIMITS_UPDATED = VALUES.known("rate_limits.updated");

  /** The type of {@link ServerEventResponseAnimationBlendshapeDelta}. */
  public static final ServerEventType RESPONSE_ANIMATION_BLENDSHAPES_DELTA =
      VALUES.known("response.animation_blendshapes.delta");

  /** The type of {@link ServerEventResponseAnimationBlendshapeDone}. */
  public static final ServerEventType RESPONSE_ANIMATION_BLENDSHAPES_DONE =
      VALUES.known("response.animation_blendshapes.done");

  /** The type of {@link ServerEventResponseAnimationVisemeDelta}. */
  public static final ServerEventType RESPONSE_ANIMATION_VISEME_DELTA =
      VALUES.known("response.animation_viseme.delta");

  /** The type of {@link ServerEventResponseAnimationVisemeDone}. */
  public static final ServerEventType RESPONSE_ANIMATION_VISEME_DONE =
      VALUES.known("response.animation_viseme.done");

  /** The type of {@link ServerEventResponseAudioDelta}. */
  public static final ServerEventType RESPONSE_AUDIO_DELTA = VALUES.known("response.audio.delta");

  /** The type of {@link ServerEventResponseAudioDone}. */
  public static final ServerEventType RESPONSE_AUDIO_DONE = VALUES.known("response.audio.done");

  /** The type of {@link ServerEventResponseAudioTimestampDelta}. */
  public static final ServerEventType RESPONSE_AUDIO_TIMESTAMP_DELTA =
      VALUES.known("response.audio_timestamp.delta");

  /** The type of {@link ServerEventResponseAudioTimestampDone}. */
  public static final ServerEventType RESPONSE_AUDIO_TIMESTAMP_DONE =
      VALUES.known("response.audio_timestamp.done");

  /** The type of {@link ServerEventResponseAudioTranscriptAnnotationAdded}. */
  public static final ServerEventType RESPONSE_AUDIO_TRANSCRIPT_ANNOTATION_ADDED =
      VALUES.known("response.audio_transcript.annotation.added");

  /** The type of {@link ServerEventResponseAudioTranscriptDelta}. */
  public static final ServerEventType RESPONSE_AUDIO_TRANSCRIPT_DELTA =
      VALUES.known("response.audio_transcript.delta");

  /** The type of {@link ServerEventResponseAudioTranscriptDone}. */
  public static final ServerEventType RESPONSE_AUDIO_TRANSCRIPT_DONE =
      VALUES.known("response.audio_transcript.done");

  /** The type of {@link ServerEventResponseContentPartAdded}. */
  public static final ServerEventType RESPONSE_CONTENT_PART_ADDED =
      VALUES.known("response.content_part.added");

  /** The type of {@link ServerEventResponseContentPartDone}. */
  public static final ServerEventType RESPONSE_CONTENT_PART_DONE =
      VALUES.known("response.content_part.done");

  /** The type of {@link ServerEventResponseCreated}. */
  public static final ServerEventType RESPONSE_CREATED = VALUES.known("response.created");

  /** The type of {@link ServerEventResponseDone}. */
  public static final ServerEventType RESPONSE_DONE = VALUES.known("response.done");

  /** The type of {@link ServerEventResponseFileSearchCallCompleted}. */
  public static final ServerEventType RESPONSE_FILE_SEARCH_CALL_COMPLETED =
      VALUES.known("response.file_search_call.completed");

  /** The type of {@link ServerEventResponseFileSearchCallInProgress}. */
  public static final ServerEventType RESPONSE_FILE_SEARCH_CALL_IN_PROGRESS =
      VALUES.known("response.file_search_call.in_progress");

  /** The type of {@link ServerEventResponseFileSearchCallSearching}. */
  public static final ServerEventType RESPONSE_FILE_SEARCH_CALL_SEARCHING =
      VALUES.known("response.file_search_call.searching");

  /** The type of {@link ServerEventResponseFoundryAgentCallArgumentsDelta}. */
  public static final ServerEventType RESPONSE_FOUNDRY_AGENT_CALL_ARGUMENTS_DELTA =
      VALUES.known("response.foundry_agent_call_arguments.delta");

  /** The type of {@link ServerEventResponseFoundryAgentCallArgumentsDone}. */
  public static final ServerEventType RESPONSE_FOUNDRY_AGENT_CALL_ARGUMENTS_DONE =
      VALUES.known("response.foundry_agent_call_arguments.done");

  /** The type of {@link ServerEventResponseFoundryAgentCallCompleted}. */
  public static final ServerEventType RESPONSE_FOUNDRY_AGENT_CALL_COMPLETED =
      VALUES.known("response.foundry_agent_call.completed");

  /** The type of {@link ServerEventResponseFoundryAgentCallFailed}. */
  public static final ServerEventType RESPONSE_FOUNDRY_AGENT_CALL_FAILED =
      VALUES.known("response.foundry_agent_call.failed");

  /** The type of {@link ServerEventResponseFoundryAgentCallInProgress}. */
  public static final ServerEventType RESPONSE_FOUNDRY_AGENT_CALL_IN_PROGRESS =
      VALUES.known("response.foundry_agent_call.in_progress");

  /** The type of {@link ServerEventResponseFunctionCallArgumentsDelta}. */
  public static final ServerEventType RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA =
      VALUES.known("response.function_call_arguments.delta");

  /** The type of {@link ServerEventResponseFunctionCallArgumentsDone}. */
  public static final ServerEventType RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE =
      VALUES.known("response.function_call_arguments.done");

  /** The type of {@link ServerEventResponseMcpCallArgumentsDelta}. */
  public static final ServerEventType RESPONSE_MCP_CALL_ARGUMENTS_DELTA =
      VALUES.known("response.mcp_call_arguments.delta");

  /** The type of {@link ServerEventResponseMcpCallArgumentsDone}. */
  public static final ServerEventType RESPONSE_MCP_CALL_ARGUMENTS_DONE =
      VALUES.known("response.mcp_call_arguments.done");

  /** The type of {@link ServerEventResponseMcpCallCompleted}. */
  public static final ServerEventType RESPONSE_MCP_CALL_COMPLETED =
      VALUES.known("response.mcp_call.completed");

  /** The type of {@link ServerEventResponseMcpCallFailed}. */
  public static final ServerEventType RESPONSE_MCP_CALL_FAILED =
      VALUES.known("response.mcp_call.failed");

  /** The type of {@link ServerEventResponseMcpCallInProgress}. */
  public static final ServerEventType RESPONSE_MCP_CALL_IN_PROGRESS =
      VALUES.known("response.mcp_call.in_progress");

  /** The type of {@link ServerEventResponseOutputItemAdded}. */
  public static final ServerEventType RESPONSE_OUTPUT_ITEM_ADDED =
      VALUES.known("response.output_item.added");

  /** The type of {@link ServerEventResponseOutputItemDone}. */
  public static final ServerEventType RESPONSE_OUTPUT_ITEM_DONE =
      VALUES.known("response.output_item.done");

  /** The type of {@link ServerEventResponseTextDelta}. */
  public static final ServerEventType RESPONSE_TEXT_DELTA = VALUES.known("response.text.delta");

  /** The type of {@link ServerEventResponseTextDone}. */
  public static final ServerEventType RESPONSE_TEXT_DONE = VALUES.known("response.text.done");

  /** The type of {@link ServerEventResponseVideoDelta}. */
  public static final ServerEventType RESPONSE_VIDEO_DELTA = VALUES.known("response.video.delta");

  /** The type of {@link ServerEventResponseWebSearchCallCompleted}. */
  public static final ServerEventType RESPONSE_WEB_SEARCH_CALL_COMPLETED =
      VALUES.known("response.web_search_call.completed");

  /** The type of {@link ServerEventResponseWebSearchCallInProgress}. */
  public static final ServerEventType RESPONSE_WEB_SEARCH_CALL_IN_PROGRESS =
      VALUES.known("response.web_search_call.in_progress");

  /** The type of {@link ServerEventResponseWebSearchCallSearching}. */
  public static final ServerEventType RESPONSE_WEB_SEARCH_CALL_SEARCHING =
      VALUES.known("response.web_search_call.searching");

  /** The type of {@link ServerEventSessionAvatarConnecting}. */
  public static final ServerEventType SESSION_AVATAR_CONNECTING =
      VALUES.known("session.avatar.connecting");

  /** The type of {@link ServerEventSessionAvatarSwitchToIdle}. */
  public static final ServerEventType SESSION_AVATAR_SWITCH_TO_IDLE =
      VALUES.known("session.avatar.switch_to_idle");

  /** The type of {@link ServerEventSessionAvatarSwitchToSpeaking}. */
  public static final ServerEventType SESSION_AVATAR_SWITCH_TO_SPEAKING =
      VALUES.known("session.avatar.switch_to_speaking");

  /** The type of {@link ServerEventSessionCreated}. */
  public static final ServerEventType SESSION_CREATED = VALUES.known("session.created");

  /** The type of {@link ServerEventSessionUpdated}. */
  public static final ServerEventType SESSION_UPDATED = VALUES.known("session.updated");

  /** The type of {@link ServerEventWarning}. */
  public static final ServerEventType WARNING = VALUES.known("warning");

  private ServerEventType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ServerEventType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ServerEventType> values() {
    return VALUES.values();
  }
}
