package dev.voicebridge.bridge.config;

/**
 * The UDP ports RTP may use, written {@code LO-HI} (both included), e.g. {@code 10000-20000}.
 *
 * <p>{@code LO} must be even: RTP takes an even port and RTCP the odd one above it (RFC 3550
 * §11), so an even start makes every allocated pair line up. Ports below 1024 are refused
 * because the bridge should not run with the privileges to bind them.
 *
 * @param first the lowest port, even
 * @param last the highest port, above {@code first}
 */
public record PortRange(int first, int last) {

  /** The lowest port the range may start at. */
  public static final int MIN_PORT = 1024;

  /**
   * Checks the range.
   *
   * @throws InvalidSettingException (key {@code port-range}) if it is not a valid RTP range
   */
  public PortRange {
    if (first < MIN_PORT || last > Checks.MAX_PORT || first >= last) {
      throw new InvalidSettingException("port-range", "must be LO-HI with " + MIN_PORT
          + " <= LO < HI <= " + Checks.MAX_PORT + ", got " + first + "-" + last);
    }
    if (first % 2 != 0) {
      throw new InvalidSettingException(
          "port-range", "must start on an even port (RTP even, RTCP odd), got " + first);
    }
  }

  /**
   * Parses {@code LO-HI}.
   *
   * @param text e.g. {@code 10000-20000}
   * @return the range
   * @throws IllegalArgumentException if the text is not two port numbers with a dash, or the
   *     range is invalid
   */
  public static PortRange parse(String text) {
    String[] parts = text.strip().split("-", -1);
    if (parts.length != 2 || !parts[0].strip().matches("\\d{1,5}")
        || !parts[1].strip().matches("\\d{1,5}")) {
      throw new IllegalArgumentException("expected LO-HI like 10000-20000, got '" + text + "'");
    }
    try {
      return new PortRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    } catch (InvalidSettingException e) {
      throw new IllegalArgumentException(e.problem(), e);
    }
  }

  /** How many RTP/RTCP port pairs the range holds: as many calls as it can carry. */
  public int pairs() {
    return (last - first + 1) / 2;
  }

  /** {@code LO-HI}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return first + "-" + last;
  }
}
