package dev.voicebridge.bridge.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in the configuration: a number and a unit, {@code 500ms}, {@code 30s},
 * {@code 5m}, {@code 1h}, or several of them, {@code 1m30s}. A bare number is refused because
 * nobody can tell whether {@code timeout: 30} means seconds or milliseconds.
 */
public final class Durations {
  private static final Pattern WHOLE = Pattern.compile("(\\d{1,9}(ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private Durations() {}

  /**
   * Parses a duration.
   *
   * @param text e.g. {@code 500ms}, {@code 30s}, {@code 1h30m}
   * @return the duration
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Duration parse(String text) {
    String trimmed = text.strip();
    if (!WHOLE.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "expected a duration like 500ms, 30s, 5m or 1h, got '" + text + "'");
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(trimmed);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      });
    }
    return total;
  }

  /**
   * Writes a duration in the largest unit that represents it exactly: {@code 1h}, {@code 90s},
   * {@code 500ms}. {@link #parse} reads it back to the same value.
   *
   * @param duration a non-negative duration with millisecond precision
   * @return the text
   */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis != 0 && millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis != 0 && millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  /**
   * Checks that a duration lies in a range, for the records' constructors.
   *
   * @param key the YAML key, for the error
   * @param value the duration
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the value
   * @throws InvalidSettingException if it is outside
   */
  static Duration check(String key, Duration value, Duration min, Duration max) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new InvalidSettingException(key, "must be " + format(min) + "-" + format(max)
          + ", got " + (value == null ? "nothing" : format(value)));
    }
    return value;
  }
}
