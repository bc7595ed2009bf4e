package dev.voicebridge.protocol.client;

import java.util.Objects;

/**
 * A Foundry agent to talk to instead of a model: the connection then carries {@code agent-name},
 * {@code agent-project-name} and optionally {@code agent-version}, and no {@code model}.
 *
 * @param name the agent's name, sent as {@code agent-name}
 * @param projectName the Foundry project holding it, sent as {@code agent-project-name}
 * @param version the agent version, sent as {@code agent-version}; {@code null} for the latest
 */
public record VoiceLiveAgent(String name, String projectName, String version) {

  /**
   * Checks the components.
   *
   * @param name the agent's name; not empty
   * @param projectName the project's name; not empty
   * @param version the agent version, or {@code null}
   */
  public VoiceLiveAgent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(projectName, "projectName");
    if (name.isEmpty() || projectName.isEmpty()) {
      throw new IllegalArgumentException("agent name and project name must not be empty");
    }
    if (version != null && version.isEmpty()) {
      throw new IllegalArgumentException("agent version is empty; use null for the latest");
    }
  }

  /**
   * An agent at its latest version.
   *
   * @param name the agent's name
   * @param projectName the Foundry project holding it
   * @return the agent
   */
  public static VoiceLiveAgent of(String name, String projectName) {
    return new VoiceLiveAgent(name, projectName, null);
  }
}
