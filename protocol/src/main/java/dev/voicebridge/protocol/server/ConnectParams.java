package dev.voicebridge.protocol.server;

/**
 * What the upgrade request's query string chose for the session.
 *
 * @param apiVersion the {@code api-version} the client asked for (echoed, not interpreted)
 * @param model the {@code model}, or null in agent mode
 * @param agentName {@code agent-name} in agent mode, else null
 * @param agentProjectName {@code agent-project-name} in agent mode, else null
 */
record ConnectParams(String apiVersion, String model, String agentName, String agentProjectName) {

  /** Whether the client connected to a Foundry agent rather than a model. */
  boolean agentMode() {
    return agentName != null;
  }
}
