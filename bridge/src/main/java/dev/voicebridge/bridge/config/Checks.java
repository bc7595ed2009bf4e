package dev.voicebridge.bridge.config;

import dev.voicebridge.bridge.sdp.ConnectionAddress;
import dev.voicebridge.bridge.sdp.ConnectionAddress.AddressType;
import java.util.Objects;

/** Range checks shared by the configuration records; each names the YAML key it checks. */
final class Checks {
  /** The highest TCP/UDP port. */
  static final int MAX_PORT = 65_535;

  private Checks() {}

  static int range(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidSettingException(key, "must be " + min + "-" + max + ", got " + value);
    }
    return value;
  }

  static double range(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidSettingException(key, "must be " + min + "-" + max + ", got " + value);
    }
    return value;
  }

  static String notBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidSettingException(key, "must not be empty");
    }
    return value;
  }

  static <T> T notNull(String key, T value) {
    if (value == null) {
      throw new InvalidSettingException(key, "must be set");
    }
    return value;
  }

  /**
   * An IP literal, or empty when {@code optional}. Names are refused: resolving them would block
   * start-up on DNS, and an address written into SDP must be an IP anyway.
   */
  static String ipLiteral(String key, String value, boolean optional) {
    Objects.requireNonNull(value, key);
    if (optional && value.isEmpty()) {
      return value;
    }
    AddressType type = value.contains(":") ? AddressType.IP6 : AddressType.IP4;
    boolean literal = !value.isBlank() && value.chars().noneMatch(Character::isWhitespace)
        && new ConnectionAddress(type, value).toInetAddress().isPresent();
    if (!literal) {
      throw new InvalidSettingException(
          key, "must be an IPv4 or IPv6 address, got '" + value + "'");
    }
    return value;
  }

  /** Text that goes into a SIP header: printable ASCII, no line breaks (header injection). */
  static String headerText(String key, String value) {
    notBlank(key, value);
    if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new InvalidSettingException(key, "must be printable ASCII on one line");
    }
    return value;
  }
}
