package dev.voicebridge.bridge.config;

/**
 * The embedded Voice-Live-compatible server (YAML section {@code local-server}), started when
 * {@code voice-live.endpoint} is empty: for development, CI and load tests without Azure.
 *
 * @param port the loopback port it listens on; 0 picks a free one
 * @param agent which built-in agent answers, e.g. {@code echo} (repeats what the caller says)
 */
public record LocalServerConfig(int port, String agent) {

  /** Any free port: nothing outside the bridge needs to find it. */
  public static final int DEFAULT_PORT = 0;
  /** The echo agent: proves the audio path end to end without a model. */
  public static final String DEFAULT_AGENT = "echo";
  /** The built-in defaults. */
  public static final LocalServerConfig DEFAULTS =
      new LocalServerConfig(DEFAULT_PORT, DEFAULT_AGENT);

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public LocalServerConfig {
    Checks.range("port", port, 0, Checks.MAX_PORT);
    if (agent == null || !agent.matches("[a-z][a-z0-9-]*")) {
      throw new InvalidSettingException(
          "agent", "must be an agent name like echo, got '" + agent + "'");
    }
  }

  static LocalServerConfig from(ConfigNode node, LocalServerConfig base) throws ConfigException {
    int port = node.integer("port", base.port);
    String agent = node.string("agent", base.agent);
    node.checkNoUnknownKeys();
    return node.build(() -> new LocalServerConfig(port, agent));
  }
}
