package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Base model for VAD-based turn detection.
 *
 * <p>Wire {@code type}: {@code server_vad}.
 *
 * @param threshold the speech probability threshold in [0.01, 1), or null
 * @param prefixPaddingMs audio kept before detected speech, in milliseconds, or null
 * @param silenceDurationMs silence that ends a turn, in milliseconds, or null
 * @param speechDurationMs speech needed to start a turn, in milliseconds, or null
 * @param endOfUtteranceDetection semantic end-of-utterance detection, or null
 * @param createResponse whether a response is created when a turn ends, or null
 * @param interruptResponse whether speech interrupts the response in progress, or null
 * @param autoTruncate whether an interrupted response is truncated assuming real-time playback, or
 *     null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record ServerVad(
    @JsonProperty("threshold") Double threshold,
    @JsonProperty("prefix_padding_ms") Integer prefixPaddingMs,
    @JsonProperty("silence_duration_ms") Integer silenceDurationMs,
    @JsonProperty("speech_duration_ms") Integer speechDurationMs,
    @JsonProperty("end_of_utterance_detection") EouDetection endOfUtteranceDetection,
    @JsonProperty("create_response") Boolean createResponse,
    @JsonProperty("interrupt_response") Boolean interruptResponse,
    @JsonProperty("auto_truncate") Boolean autoTruncate,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements TurnDetection {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "server_vad";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param threshold the speech probability threshold in [0.01, 1), or null
   * @param prefixPaddingMs audio kept before detected speech, in milliseconds, or null
   * @param silenceDurationMs silence that ends a turn, in milliseconds, or null
   * @param speechDurationMs speech needed to start a turn, in milliseconds, or null
   * @param endOfUtteranceDetection semantic end-of-utterance detection, or null
   * @param createResponse whether a response is created when a turn ends, or null
   * @param interruptResponse whether speech interrupts the response in progress, or null
   * @param autoTruncate whether an interrupted response is truncated assuming real-time playback,
   *     or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public ServerVad {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static ServerVad of() {
    return new ServerVad(null, null, null, null, null, null, null, null, Map.of());
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

  /** Builds a {@link ServerVad}; fields left unset are not written. */
  public static final class Builder {
    private Double threshold;
    private Integer prefixPaddingMs;
    private Integer silenceDurationMs;
    private Integer speechDurationMs;
    private EouDetection endOfUtteranceDetection;
    private Boolean createResponse;
    private Boolean interruptResponse;
    private Boolean autoTruncate;
    private final java.util.LinkedHashMap<String, JsonNode> additionalProperties =
        new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code threshold}.
     *
     * @param threshold the speech probability threshold in [0.01, 1), or null
     * @return this builder
     */
    public Builder threshold(Double threshold) {
      this.threshold = threshold;
      return this;
    }

    /**
     * Sets {@code prefix_padding_ms}.
     *
     * @param prefixPaddingMs audio kept before detected speech, in milliseconds, or null
     * @return this builder
     */
    public Builder prefixPaddingMs(Integer prefixPaddingMs) {
      this.prefixPaddingMs = prefixPaddingMs;
      return this;
    }

    /**
     * Sets {@code silence_duration_ms}.
     *
     * @param silenceDurationMs silence that ends a turn, in milliseconds, or null
     * @return this builder
     */
    public Builder silenceDurationMs(Integer silenceDurationMs) {
      this.silenceDurationMs = silenceDurationMs;
      return this;
    }

    /**
     * Sets {@code speech_duration_ms}.
     *
     * @param speechDurationMs speech needed to start a turn, in milliseconds, or null
     * @return this builder
     */
    public Builder speechDurationMs(Integer speechDurationMs) {
      this.speechDurationMs = speechDurationMs;
      return this;
    }

    /**
     * Sets {@code end_of_utterance_detection}.
     *
     * @param endOfUtteranceDetection semantic end-of-utterance detection, or null
     * @return this builder
     */
    public Builder endOfUtteranceDetection(EouDetection endOfUtteranceDetection) {
      this.endOfUtteranceDetection = endOfUtteranceDetection;
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
     * @return the new {@link ServerVad}
     */
    public ServerVad build() {
      return new ServerVad(
          threshold,
          prefixPaddingMs,
          silenceDurationMs,
          speechDurationMs,
          endOfUtteranceDetection,
          createResponse,
          interruptResponse,
          autoTruncate,
          additionalProperties);
    }
  }
}
