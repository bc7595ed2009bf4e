package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;

/**
 * The {@code max_response_output_tokens} union: a token count (1 to 4096) or the string {@code
 * "inf"}. Any other JSON value is kept and written back unchanged.
 */
public final class MaxOutputTokens {
  /** No limit: the string {@code "inf"}, the service's default. */
  public static final MaxOutputTokens INF = new MaxOutputTokens(null, TextNode.valueOf("inf"));

  private final Integer limit;
  private final JsonNode other;

  private MaxOutputTokens(Integer limit, JsonNode other) {
    this.limit = limit;
    this.other = other;
  }

  /**
   * Returns a token count limit.
   *
   * @param limit the maximum number of output tokens, at least 1
   * @return the limit
   * @throws IllegalArgumentException if the limit is below 1
   */
  public static MaxOutputTokens of(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    return new MaxOutputTokens(limit, null);
  }

  /**
   * Reads the JSON form: an integer, {@code "inf"}, or anything else kept as is.
   *
   * @param json the JSON value
   * @return the value
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MaxOutputTokens fromJson(JsonNode json) {
    if (json.isIntegralNumber() && json.canConvertToInt()) {
      return new MaxOutputTokens(json.intValue(), null);
    }
    if (INF.other.equals(json)) {
      return INF;
    }
    return new MaxOutputTokens(null, json);
  }

  /**
   * Returns the token count limit.
   *
   * @return the limit, or null for {@code "inf"} or an unknown value
   */
  public Integer limit() {
    return limit;
  }

  /**
   * Tells whether this is the unlimited {@code "inf"}.
   *
   * @return true for {@code "inf"}
   */
  public boolean isInfinite() {
    return this == INF;
  }

  /**
   * Returns the JSON written for this value.
   *
   * @return an Integer or a JSON node
   */
  @JsonValue
  public Object toJson() {
    return limit != null ? limit : other;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaxOutputTokens that
        && Objects.equals(limit, that.limit)
        && Objects.equals(other, that.other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, other);
  }

  @Override
  public String toString() {
    return String.valueOf(toJson());
  }
}
