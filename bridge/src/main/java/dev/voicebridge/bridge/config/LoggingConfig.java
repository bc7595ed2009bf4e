package dev.voicebridge.bridge.config;

/**
 * Logging settings (YAML section {@code logging}).
 *
 * @param level the root log level
 */
public record LoggingConfig(LogLevel level) {

  /** Calls and start-up, without per-call detail. */
  public static final LogLevel DEFAULT_LEVEL = LogLevel.INFO;
  /** The built-in defaults. */
  public static final LoggingConfig DEFAULTS = new LoggingConfig(DEFAULT_LEVEL);

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException if the level is missing
   */
  public LoggingConfig {
    Checks.notNull("level", level);
  }

  static LoggingConfig from(ConfigNode node, LoggingConfig base) throws ConfigException {
    LogLevel level = node.parsed("level", base.level, null, LogLevel::parse);
    node.checkNoUnknownKeys();
    return node.build(() -> new LoggingConfig(level));
  }
}
