package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Client event types used in VoiceLive protocol.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ClientEventType extends ExpandableStringEnum {
  private static final Values<ClientEventType> VALUES = new Values<>(ClientEventType::new);

  /** The type of {@link ClientEventConversationItemCreate}. */
  public static final ClientEventType CONVERSATION_ITEM_CREATE =
      VALUES.known("conversation.item.create");

  /** The type of {@link ClientEventConversationItemDelete}. */
  public static final ClientEventType CONVERSATION_ITEM_DELETE =
      VALUES.known("conversation.item.delete");

  /** The type of {@link ClientEventConversationItemRetrieve}. */
  public static final ClientEventType CONVERSATION_ITEM_RETRIEVE =
      VALUES.known("conversation.item.retrieve");

  /** The type of {@link ClientEventConversationItemTruncate}. */
  public static final ClientEventType CONVERSATION_ITEM_TRUNCATE =
      VALUES.known("conversation.item.truncate");

  /** The type of {@link ClientEventInputAudioBufferAppend}. */
  public static final ClientEventType INPUT_AUDIO_BUFFER_APPEND =
      VALUES.known("input_audio_buffer.append");

  /** The type of {@link ClientEventInputAudioBufferClear}. */
  public static final ClientEventType INPUT_AUDIO_BUFFER_CLEAR =
      VALUES.known("input_audio_buffer.clear");

  /** The type of {@link ClientEventInputAudioBufferCommit}. */
  public static final ClientEventType INPUT_AUDIO_BUFFER_COMMIT =
      VALUES.known("input_audio_buffer.commit");

  /** The type of {@link ClientEventInputAudioClear}. */
  public static final ClientEventType INPUT_AUDIO_CLEAR = VALUES.known("input_audio.clear");

  /** The type of {@link ClientEventInputAudioTurnAppend}. */
  public static final ClientEventType INPUT_AUDIO_TURN_APPEND =
      VALUES.known("input_audio.turn.append");

  /** The type of {@link ClientEventInputAudioTurnCancel}. */
  public static final ClientEventType INPUT_AUDIO_TURN_CANCEL =
      VALUES.known("input_audio.turn.cancel");

  /** The type of {@link ClientEventInputAudioTurnEnd}. */
  public static final ClientEventType INPUT_AUDIO_TURN_END = VALUES.known("input_audio.turn.end");

  /** The type of {@link ClientEventInputAudioTurnStart}. */
  public static final ClientEventType INPUT_AUDIO_TURN_START =
      VALUES.known("input_audio.turn.start");

  /** The type of {@link ClientEventOutputAudioBufferClear}. */
  public static final ClientEventType OUTPUT_AUDIO_BUFFER_CLEAR =
      VALUES.known("output_audio_buffer.clear");

  /** The type of {@link ClientEventResponseCancel}. */
  public static final ClientEventType RESPONSE_CANCEL = VALUES.known("response.cancel");

  /** The type of {@link ClientEventResponseCreate}. */
  public static final ClientEventType RESPONSE_CREATE = VALUES.known("response.create");

  /** The type of {@link ClientEventSessionAvatarConnect}. */
  public static final ClientEventType SESSION_AVATAR_CONNECT =
      VALUES.known("session.avatar.connect");

  /** The type of {@link ClientEventSessionUpdate}. */
  public static final ClientEventType SESSION_UPDATE = VALUES.known("session.update");

  /** The type of {@link ClientEventInputTextDelta}. */
  public static final ClientEventType INPUT_TEXT_DELTA = VALUES.known("input_text.delta");

  /** The type of {@link ClientEventInputTextDone}. */
  public static final ClientEventType INPUT_TEXT_DONE = VALUES.known("input_text.done");

  private ClientEventType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ClientEventType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ClientEventType> values() {
    return VALUES.values();
  }
}
