package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A response item that represents a file search call.
 *
 * <p>Wire {@code type}: {@code file_search_call}.
 *
 * @param id the id, or null
 * @param object the object kind, e.g. {@code realtime.item}, or null
 * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
 * @param queries the queries used, or null
 * @param results the results, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ResponseFileSearchCallItem(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("status") String status,
    @JsonProperty("queries") List<String> queries,
    @JsonProperty("results") List<FileSearchResult> results,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements ResponseItem {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "file_search_call";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the id, or null
   * @param object the object kind, e.g. {@code realtime.item}, or null
   * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
   * @param queries the queries used, or null
   * @param results the results, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ResponseFileSearchCallItem {
    queries = queries == null ? null : List.copyOf(queries);
    results = results == null ? null : List.copyOf(results);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the id, or null
   * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
   * @param queries the queries used, or null
   * @return the new value
   */
  public static ResponseFileSearchCallItem of(String id, String status, List<String> queries) {
    return new ResponseFileSearchCallItem(id, null, status, queries, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
