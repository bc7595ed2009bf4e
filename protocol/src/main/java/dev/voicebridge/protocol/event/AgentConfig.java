package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Configuration for the agent.
 *
 * @param type the agent kind, or null
 * @param name the agent's name, or null
 * @param description the agent's description, or null
 * @param agentId the agent's id, or null
 * @param threadId the conversation thread's id, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AgentConfig(
    @JsonProperty("type") String type,
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("thread_id") String threadId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param type the agent kind, or null
   * @param name the agent's name, or null
   * @param description the agent's description, or null
   * @param agentId the agent's id, or null
   * @param threadId the conversation thread's id, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AgentConfig {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the agent's name, or null
   * @param agentId the agent's id, or null
   * @return the new value
   */
  public static AgentConfig of(String name, String agentId) {
    return new AgentConfig(null, name, null, agentId, null, Map.of());
  }
}
