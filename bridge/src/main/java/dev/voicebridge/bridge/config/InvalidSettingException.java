package dev.voicebridge.bridge.config;

/**
 * A setting rejected by a configuration record, naming the setting by its YAML key so that the
 * loader can point at the line it came from. Thrown by the records' constructors and builders,
 * so that a configuration built in code is checked exactly like one loaded from YAML.
 */
public final class InvalidSettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String problem;

  /**
   * A rejected setting.
   *
   * @param key the YAML key within its section, e.g. {@code udp-port}
   * @param problem what is wrong, e.g. {@code must be 1-65535, got 70000}
   */
  public InvalidSettingException(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
    this.problem = problem;
  }

  /** The YAML key within its section. */
  public String key() {
    return key;
  }

  /** What is wrong, without the key. */
  public String problem() {
    return problem;
  }
}
