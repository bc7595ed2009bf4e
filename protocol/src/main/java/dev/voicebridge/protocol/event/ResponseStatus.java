package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Terminal status of a response.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 *
 * <p>The 2025-10-01 reference spells {@code canceled}; later references and the SDKs spell {@code
 * cancelled}. Both are read, {@code cancelled} is written.
 */
public final class ResponseStatus extends ExpandableStringEnum {
  private static final Values<ResponseStatus> VALUES = new Values<>(ResponseStatus::new);

  /** The value {@code completed}. */
  public static final ResponseStatus COMPLETED = VALUES.known("completed");

  /** The value {@code cancelled}. Also read from {@code canceled}. */
  public static final ResponseStatus CANCELLED = VALUES.known("cancelled", "canceled");

  /** The value {@code failed}. */
  public static final ResponseStatus FAILED = VALUES.known("failed");

  /** The value {@code incomplete}. */
  public static final ResponseStatus INCOMPLETE = VALUES.known("incomplete");

  /** The value {@code in_progress}. */
  public static final ResponseStatus IN_PROGRESS = VALUES.known("in_progress");

  private ResponseStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ResponseStatus fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ResponseStatus> values() {
    return VALUES.values();
  }
}
