package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A Microsoft Foundry agent attached as a tool.
 *
 * <p>Wire {@code type}: {@code foundry_agent}.
 *
 * <p>Not in the seed's model list: from the 2026-04-10 reference.
 *
 * @param agentName the agent's name
 * @param agentVersion the agent's version, or null
 * @param projectName the Foundry project holding the agent
 * @param clientId the client id used to call the agent, or null
 * @param description what the agent does, for the model, or null
 * @param foundryResourceOverride another Foundry resource holding the project, or null
 * @param agentContextType {@code no_context} or {@code agent_context}, or null
 * @param returnAgentResponseDirectly whether the agent's answer is spoken as is, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record FoundryAgentTool(
    @JsonProperty("agent_name") String agentName,
    @JsonProperty("agent_version") String agentVersion,
    @JsonProperty("project_name") String projectName,
    @JsonProperty("client_id") String clientId,
    @JsonProperty("description") String description,
    @JsonProperty("foundry_resource_override") String foundryResourceOverride,
    @JsonProperty("agent_context_type") String agentContextType,
    @JsonProperty("return_agent_response_directly") Boolean returnAgentResponseDirectly,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements Tool {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "foundry_agent";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param agentName the agent's name
   * @param agentVersion the agent's version, or null
   * @param projectName the Foundry project holding the agent
   * @param clientId the client id used to call the agent, or null
   * @param description what the agent does, for the model, or null
   * @param foundryResourceOverride another Foundry resource holding the project, or null
   * @param agentContextType {@code no_context} or {@code agent_context}, or null
   * @param returnAgentResponseDirectly whether the agent's answer is spoken as is, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public FoundryAgentTool {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param agentName the agent's name
   * @param projectName the Foundry project holding the agent
   * @return the new value
   */
  public static FoundryAgentTool of(String agentName, String projectName) {
    return new FoundryAgentTool(
        agentName, null, projectName, null, null, null, null, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
