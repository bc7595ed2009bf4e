package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * OpenAI semantic VAD, available with the gpt-realtime models only.
 *
 * <p>Wire {@code type}: {@code semantic_vad}.
 *
 * <p>Not in the seed's model list: the digest's turn detection variants include it.
 *
 * @param eagerness how eagerly the model ends a turn: {@code auto}, {@code low}, {@code medium} or
 *     {@code high}, or null
 * @param createResponse whether a response is created when a turn ends, or null
 * @param interruptResponse whether speech interrupts the response in progress, or null
 * @param autoTruncate whether an interrupted response is truncated assuming real-time playback, or
 *     null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record SemanticVad(
    @JsonProperty("eagerness") String eagerness,
    @JsonProperty("create_response") Boolean createResponse,
    @JsonProperty("interrupt_response") Boolean interruptResponse,
    @JsonProperty("auto_truncate") Boolean autoTruncate,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements TurnDetection {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "semantic_vad";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param eagerness how eagerly the model ends a turn: {@code auto}, {@code low}, {@code medium}
   *     or {@code high}, or null
   * @param createResponse whether a response is created when a turn ends, or null
   * @param interruptResponse whether speech interrupts the response in progress, or null
   * @param autoTruncate whether an interrupted response is truncated assuming real-time playback,
   *     or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public SemanticVad {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static SemanticVad of() {
    return new SemanticVad(null, null, null, null, Map.of());
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * Starts a builder with no fields set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SemanticVad}; fields left unset are not written. */
  public static final class Builder {
    private String eagerness;
    private Boolean createResponse;
    private Boolean interruptResponse;
    private Boolean autoTruncate;
    private final java.util.LinkedHashMap<String, JsonNode> additionalProperties =
        new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code eagerness}.
     *
     * @param eagerness how eagerly the model ends a turn: {@code auto}, {@code low}, {@code medium}
     *     or {@code high}, or null
     * @return this builder
     */
    public Builder eagerness(String eagerness) {
      this.eagerness = eagerness;
      return this;
    }

    /**
     * Sets {@code create_response}.
     *
     * @param createResponse whether a response is created when a turn ends, or null
     * @return this builder
     */
    public Builder createResponse(Boolean createResponse) {
      this.createResponse = createResponse;
      return this;
    }

    /**
     * Sets {@code interrupt_response}.
     *
     * @param interruptResponse whether speech interrupts the response in progress, or null
     * @return this builder
     */
    public Builder interruptResponse(Boolean interruptResponse) {
      this.interruptResponse = interruptResponse;
      return this;
    }

    /**
     * Sets {@code auto_truncate}.
     *
     * @param autoTruncate whether an interrupted response is truncated assuming real-time playback,
     *     or null
     * @return this builder
     */
    public Builder autoTruncate(Boolean autoTruncate) {
      this.autoTruncate = autoTruncate;
      return this;
    }

    /**
     * Adds a field this model does not know, written as given.
     *
     * @param name the wire name
     * @param value the JSON value
     * @return this builder
     */
    public Builder additionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the new {@link SemanticVad}
     */
    public SemanticVad build() {
      return new SemanticVad(
          eagerness, createResponse, interruptResponse, autoTruncate, additionalProperties);
    }
  }
}
