package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Server Speech Detection (Azure semantic VAD, English-only).
 *
 * <p>Wire {@code type}: {@code azure_semantic_vad_en}.
 *
 * @param threshold the speech probability threshold in [0.01, 1), or null
 * @param prefixPaddingMs audio kept before detected speech, in milliseconds, or null
 * @param silenceDurationMs silence that ends a turn, in milliseconds, or null
 * @param speechDurationMs speech needed to start a turn, in milliseconds, or null
 * @param removeFillerWords whether filler words (umm, ah) are ignored during a response, or null
 * @param endOfUtteranceDetection semantic end-of-utterance detection, or null
 * @param createResponse whether a response is created when a turn ends, or null
 * @param interruptResponse whether speech interrupts the response in progress, or null
 * @param autoTruncate whether an interrupted response is truncated assuming real-time playback, or
 *     null
 * @param appendedTextAfterTruncation text appended to a truncated response, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AzureSemanticVadEn(
    @JsonProperty("threshold") Double threshold,
    @JsonProperty("prefix_padding_ms") Integer prefixPaddingMs,
    @JsonProperty("silence_duration_ms") Integer silenceDurationMs,
    @JsonProperty("speech_duration_ms") Integer speechDurationMs,
    @JsonProperty("remove_filler_words") Boolean removeFillerWords,
    @JsonProperty("end_of_utterance_detection") EouDetection endOfUtteranceDetection,
    @JsonProperty("create_response") Boolean createResponse,
    @JsonProperty("interrupt_response") Boolean interruptResponse,
    @JsonProperty("auto_truncate") Boolean autoTruncate,
    @JsonProperty("appended_text_after_truncation") String appendedTextAfterTruncation,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements TurnDetection {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "azure_semantic_vad_en";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param threshold the speech probability threshold in [0.01, 1), or null
   * @param prefixPaddingMs audio kept before detected speech, in milliseconds, or null
   * @param silenceDurationMs silence that ends a turn, in milliseconds, or null
   * @param speechDurationMs speech needed to start a turn, in milliseconds, or null
   * @param removeFillerWords whether filler words (umm, ah) are ignored during a response, or null
   * @param endOfUtteranceDetection semantic end-of-utterance detection, or null
   * @param createResponse whether a response is created when a turn ends, or null
   * @param interruptResponse whether speech interrupts the response in progress, or null
   * @param autoTruncate whether an interrupted response is truncated assuming real-time playback,
   *     or null
   * @param appendedTextAfterTruncation text appended to a truncated response, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AzureSemanticVadEn {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with no optional fields set.
   *
   * @return the new value
   */
  public static AzureSemanticVadEn of() {
    return new AzureSemanticVadEn(
        null, null, null, null, null, null, null, null, null, null, Map.of());
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

  /** Builds a {@link AzureSemanticVadEn}; fields left unset are not written. */
  public static final class Builder {
    private Double threshold;
    private Integer prefixPaddingMs;
    private Integer silenceDurationMs;
    private Integer speechDurationMs;
    private Boolean removeFillerWords;
    private EouDetection endOfUtteranceDetection;
    private Boolean createResponse;
    private Boolean interruptResponse;
    private Boolean autoTruncate;
    private String appendedTextAfterTruncation;
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
     * Sets {@code remove_filler_words}.
     *
     * @param removeFillerWords whether filler words (umm, ah) are ignored during a response, or
     *     null
     * @return this builder
     */
    public Builder removeFillerWords(Boolean removeFillerWords) {
      this.removeFillerWords = removeFillerWords;
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
     * Sets {@code appended_text_after_truncation}.
     *
     * @param appendedTextAfterTruncation text appended to a truncated response, or null
     * @return this builder
     */
    public Builder appendedTextAfterTruncation(String appendedTextAfterTruncation) {
      this.appendedTextAfterTruncation = appendedTextAfterTruncation;
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
     * @return the new {@link AzureSemanticVadEn}
     */
    public AzureSemanticVadEn build() {
      return new AzureSemanticVadEn(
          threshold,
          prefixPaddingMs,
          silenceDurationMs,
          speechDurationMs,
          removeFillerWords,
          endOfUtteranceDetection,
          createResponse,
          interruptResponse,
          autoTruncate,
          appendedTextAfterTruncation,
          additionalProperties);
    }
  }
}
