package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Options for what additional data to include in session responses.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged. The known value
 * is OpenAI's; the service's own values are not verified.
 */
public final class SessionIncludeOption extends ExpandableStringEnum {
  private static final Values<SessionIncludeOption> VALUES =
      new Values<>(SessionIncludeOption::new);

  /** Log probabilities of input transcription tokens. */
  public static final SessionIncludeOption ITEM_INPUT_AUDIO_TRANSCRIPTION_LOGPROBS =
      VALUES.known("item.input_audio_transcription.logprobs");

  private SessionIncludeOption(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static SessionIncludeOption fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<SessionIncludeOption> values() {
    return VALUES.values();
  }
}
