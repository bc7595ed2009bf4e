package dev.voicebridge.bridge.config;

/**
 * A Foundry agent to talk to instead of a model (YAML {@code voice-live.agent}): the connection
 * then carries {@code agent-name}, {@code agent-project-name} and optionally {@code agent-version}
 * instead of {@code model}, and session instructions are not sent (agents bring their own).
 *
 * @param name the agent's name
 * @param project the Foundry project holding it
 * @param version the agent version; empty for the latest
 */
public record AgentConfig(String name, String project, String version) {

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException if the name or project is empty
   */
  public AgentConfig {
    Checks.notBlank("name", name);
    Checks.notBlank("project", project);
    Checks.notNull("version", version);
  }

  static AgentConfig from(ConfigNode node) throws ConfigException {
    String name = node.string("name", "");
    String project = node.string("project", "");
    String version = node.string("version", "");
    node.checkNoUnknownKeys();
    return node.build(() -> new AgentConfig(name, project, version));
  }
}
