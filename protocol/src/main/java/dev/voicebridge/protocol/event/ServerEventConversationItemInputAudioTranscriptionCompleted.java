package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * This event is the output of audio transcription for user audio written to the user audio buffer.
 * Transcription runs asynchronously with response creation, so it can come before or after the
 * response events.
 *
 * <p>Wire type {@code conversation.item.input_audio_transcription.completed}.
 *
 * @param eventId the server-assigned event id
 * @param itemId the user message item
 * @param contentIndex the index of the audio content part
 * @param transcript the transcribed text
 * @param logprobs the log probabilities of the transcription, or null
 * @param phrases the transcribed phrases with timing, or null
 */
public record ServerEventConversationItemInputAudioTranscriptionCompleted(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("transcript") String transcript,
    @JsonProperty("logprobs") List<LogProbProperties> logprobs,
    @JsonProperty("phrases") List<TranscriptionPhrase> phrases)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.input_audio_transcription.completed";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param eventId the server-assigned event id
   * @param itemId the user message item
   * @param contentIndex the index of the audio content part
   * @param transcript the transcribed text
   * @param logprobs the log probabilities of the transcription, or null
   * @param phrases the transcribed phrases with timing, or null
   */
  public ServerEventConversationItemInputAudioTranscriptionCompleted {
    logprobs = logprobs == null ? null : List.copyOf(logprobs);
    phrases = phrases == null ? null : List.copyOf(phrases);
  }

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the user message item
   * @param contentIndex the index of the audio content part
   * @param transcript the transcribed text
   * @return the new event
   */
  public static ServerEventConversationItemInputAudioTranscriptionCompleted of(
      String itemId, int contentIndex, String transcript) {
    return new ServerEventConversationItemInputAudioTranscriptionCompleted(
        null, itemId, contentIndex, transcript, null, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
