package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Type of MessageRole.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class MessageRole extends ExpandableStringEnum {
  private static final Values<MessageRole> VALUES = new Values<>(MessageRole::new);

  /** The value {@code system}. */
  public static final MessageRole SYSTEM = VALUES.known("system");

  /** The value {@code user}. */
  public static final MessageRole USER = VALUES.known("user");

  /** The value {@code assistant}. */
  public static final MessageRole ASSISTANT = VALUES.known("assistant");

  private MessageRole(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static MessageRole fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<MessageRole> values() {
    return VALUES.values();
  }
}
