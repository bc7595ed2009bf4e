package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Returned when the text value of an input audio transcription content part is updated.
 *
 * <p>Wire type {@code conversation.item.input_audio_transcription.delta}.
 *
 * @param eventId the server-assigned event id
 * @param itemId the user message item
 * @param contentIndex the index of the audio content part
 * @param delta the incremental transcript
 * @param logprobs the log probabilities of the delta, or null
 */
public record ServerEventConversationItemInputAudioTranscriptionDelta(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("delta") String delta,
    @JsonProperty("logprobs") List<LogProbProperties> logprobs)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.input_audio_transcription.delta";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param eventId the server-assigned event id
   * @param itemId the user message item
   * @param contentIndex the index of the audio content part
   * @param delta the incremental transcript
   * @param logprobs the log probabilities of the delta, or null
   */
  public ServerEventConversationItemInputAudioTranscriptionDelta {
    logprobs = logprobs == null ? null : List.copyOf(logprobs);
  }

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the user message item
   * @param contentIndex the index of the audio content part
   * @param delta the incremental transcript
   * @return the new event
   */
  public static ServerEventConversationItemInputAudioTranscriptionDelta of(
      String itemId, int contentIndex, String delta) {
    return new ServerEventConversationItemInputAudioTranscriptionDelta(
        null, itemId, contentIndex, delta, null);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
