package dev.voicebridge.bridge.config;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a number profile recognises its calls (YAML {@code match}): by the user part of the
 * INVITE's Request-URI, the called number as the trunk sends it (e.g. {@code +442079460000}).
 *
 * <p>Three kinds, exactly one per profile: {@code exact} compares the whole user part, {@code
 * prefix} its start (e.g. {@code +4420} for London), {@code regex} matches the whole user part
 * against a Java regular expression. Comparison is on the text as sent: a trunk that sends {@code
 * 0207...} needs its own prefix.
 */
public final class NumberMatch {
  /** The kinds of match. */
  public enum Kind {
    /** The whole user part equals the value. */
    EXACT,
    /** The user part starts with the value. */
    PREFIX,
    /** The whole user part matches the regular expression. */
    REGEX
  }

  /** Longer user parts never match, bounding the regex work a caller can cause. */
  static final int MAX_USER_LENGTH = 256;

  private final Kind kind;
  private final String value;
  private final Pattern regex;

  private NumberMatch(Kind kind, String value, Pattern regex) {
    this.kind = kind;
    this.value = value;
    this.regex = regex;
  }

  /**
   * A match of a kind.
   *
   * @param kind exact, prefix or regex
   * @param value the number, prefix or regular expression
   * @return the match
   * @throws InvalidSettingException (key {@code exact}, {@code prefix} or {@code regex}) if the
   *     value is empty or not a valid regular expression
   */
  public static NumberMatch of(Kind kind, String value) {
    Objects.requireNonNull(kind, "kind");
    String key = kind.name().toLowerCase(Locale.ROOT);
    Checks.notBlank(key, value);
    Pattern regex = null;
    if (kind == Kind.REGEX) {
      try {
        regex = Pattern.compile(value);
      } catch (PatternSyntaxException e) {
        throw new InvalidSettingException(
            key, "not a valid regular expression: " + e.getDescription());
      }
    }
    return new NumberMatch(kind, value, regex);
  }

  /** The kind of match. */
  public Kind kind() {
    return kind;
  }

  /** The number, prefix or regular expression. */
  public String value() {
    return value;
  }

  /**
   * Whether a called number matches.
   *
   * @param calledUser the user part of the Request-URI
   * @return true if this profile applies to the call
   */
  public boolean matches(String calledUser) {
    if (calledUser == null || calledUser.length() > MAX_USER_LENGTH) {
      return false;
    }
    return switch (kind) {
      case EXACT -> calledUser.equals(value);
      case PREFIX -> calledUser.startsWith(value);
      case REGEX -> regex.matcher(calledUser).matches();
    };
  }

  static NumberMatch from(ConfigNode node) throws ConfigException {
    NumberMatch match = null;
    for (Kind kind : Kind.values()) {
      String key = kind.name().toLowerCase(Locale.ROOT);
      if (node.has(key)) {
        if (match != null) {
          throw node.error(key, "give exactly one of exact, prefix or regex");
        }
        String value = node.string(key, "");
        match = node.build(() -> of(kind, value));
      }
    }
    node.checkNoUnknownKeys();
    if (match == null) {
      throw node.error("give one of exact, prefix or regex");
    }
    return match;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NumberMatch that && kind == that.kind && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  /** {@code prefix +4420}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + value;
  }
}
