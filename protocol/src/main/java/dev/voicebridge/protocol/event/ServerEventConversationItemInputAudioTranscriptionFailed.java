package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Returned when input audio transcription is configured, and a transcription request for a user
 * message failed. These events are separate from other {@code error} events so the client can
 * identify the related item.
 *
 * <p>Wire type {@code conversation.item.input_audio_transcription.failed}.
 *
 * @param eventId the server-assigned event id
 * @param itemId the user message item
 * @param contentIndex the index of the audio content part
 * @param error the transcription error
 */
public record ServerEventConversationItemInputAudioTranscriptionFailed(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("item_id") String itemId,
    @JsonProperty("content_index") int contentIndex,
    @JsonProperty("error") VoiceLiveErrorDetails error)
    implements ServerEvent {
  /** The {@code type} this event has on the wire. */
  public static final String TYPE = "conversation.item.input_audio_transcription.failed";

  /**
   * Creates the event with the common fields; the others are left out.
   *
   * @param itemId the user message item
   * @param contentIndex the index of the audio content part
   * @param error the transcription error
   * @return the new event
   */
  public static ServerEventConversationItemInputAudioTranscriptionFailed of(
      String itemId, int contentIndex, VoiceLiveErrorDetails error) {
    return new ServerEventConversationItemInputAudioTranscriptionFailed(
        null, itemId, contentIndex, error);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
