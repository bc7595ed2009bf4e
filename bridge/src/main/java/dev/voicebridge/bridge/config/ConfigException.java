package dev.voicebridge.bridge.config;

/**
 * A configuration that cannot be used: a YAML syntax error, an unknown key, a value of the wrong
 * type or out of range, an unreadable file. The message names the setting's path and where the
 * value came from, e.g. {@code sip.udp-port: must be 1-65535, got 70000 (bridge.yaml line 4)}.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * An error with a complete message.
   *
   * @param message what is wrong and where
   */
  public ConfigException(String message) {
    super(message);
  }

  /**
   * An error caused by another, e.g. an I/O error reading the file.
   *
   * @param message what is wrong and where
   * @param cause the underlying error
   */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
