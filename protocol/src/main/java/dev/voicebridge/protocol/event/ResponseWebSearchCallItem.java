package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A response item that represents a web search call.
 *
 * <p>Wire {@code type}: {@code web_search_call}.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
 * @param action the action taken, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseWebSearchCallItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("status") String status,
    @JsonProperty("action") WebSearchAction action,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "web_search_call";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
   * @param action the action taken, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseWebSearchCallItem {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
   * @return the new value
   */
  public static ResponseWebSearchCallItem of(String id, String status) {
    return new ResponseWebSearchCallItem(id, null, status, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
