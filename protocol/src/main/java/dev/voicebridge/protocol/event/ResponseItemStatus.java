package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Indicates the processing status of a response item.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ResponseItemStatus extends ExpandableStringEnum {
  private static final Values<ResponseItemStatus> VALUES = new Values<>(ResponseItemStatus::new);

  /** The value {@code in_progress}. */
  public static final ResponseItemStatus IN_PROGRESS = VALUES.known("in_progress");

  /** The value {@code completed}. */
  public static final ResponseItemStatus COMPLETED = VALUES.known("completed");

  /** The value {@code incomplete}. */
  public static final ResponseItemStatus INCOMPLETE = VALUES.known("incomplete");

  private ResponseItemStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ResponseItemStatus fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ResponseItemStatus> values() {
    return VALUES.values();
  }
}
