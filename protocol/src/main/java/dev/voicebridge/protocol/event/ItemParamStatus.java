package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Indicates the processing status of an item or parameter.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ItemParamStatus extends ExpandableStringEnum {
  private static final Values<ItemParamStatus> VALUES = new Values<>(ItemParamStatus::new);

  /** The value {@code completed}. */
  public static final ItemParamStatus COMPLETED = VALUES.known("completed");

  /** The value {@code incomplete}. */
  public static final ItemParamStatus INCOMPLETE = VALUES.known("incomplete");

  private ItemParamStatus(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ItemParamStatus fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ItemParamStatus> values() {
    return VALUES.values();
  }
}
