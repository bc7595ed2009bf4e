package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Specifies an image's detail level. Can be 'auto', 'low', 'high', or an unknown future value.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class RequestImageContentPartDetail extends ExpandableStringEnum {
  private static final Values<RequestImageContentPartDetail> VALUES =
      new Values<>(RequestImageContentPartDetail::new);

  /** The value {@code auto}. */
  public static final RequestImageContentPartDetail AUTO = VALUES.known("auto");

  /** The value {@code low}. */
  public static final RequestImageContentPartDetail LOW = VALUES.known("low");

  /** The value {@code high}. */
  public static final RequestImageContentPartDetail HIGH = VALUES.known("high");

  private RequestImageContentPartDetail(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static RequestImageContentPartDetail fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<RequestImageContentPartDetail> values() {
    return VALUES.values();
  }
}
