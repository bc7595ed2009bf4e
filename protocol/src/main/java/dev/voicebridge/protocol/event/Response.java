package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The response resource.
 *
 * @param id the response id
 * @param object the object kind, {@code realtime.response}, or null
 * @param status the status; terminal in {@code response.done}
 * @param statusDetails why the response is not completed, or null
 * @param output the items the response produced, or null
 * @param usage the token usage, in {@code response.done}, or null
 * @param conversationId the conversation the response belongs to, or null
 * @param voice the voice used, or null
 * @param modalities the modalities used, or null
 * @param outputAudioFormat the output audio format, or null
 * @param temperature the sampling temperature, or null
 * @param maxResponseOutputTokens the output token limit, or null
 * @param metadata key-value pairs attached to the response, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record Response(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("status") ResponseStatus status,
    @JsonProperty("status_details") ResponseStatusDetails statusDetails,
    @JsonProperty("output") List<ResponseItem> output,
    @JsonProperty("usage") TokenUsage usage,
    @JsonProperty("conversation_id") String conversationId,
    @JsonProperty("voice") Voice voice,
    @JsonProperty("modalities") List<Modality> modalities,
    @JsonProperty("output_audio_format") OutputAudioFormat outputAudioFormat,
    @JsonProperty("temperature") Double temperature,
    @JsonProperty("max_response_output_tokens") MaxOutputTokens maxResponseOutputTokens,
    @JsonProperty("metadata") Map<String, String> metadata,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param id the response id
   * @param object the object kind, {@code realtime.response}, or null
   * @param status the status; terminal in {@code response.done}
   * @param statusDetails why the response is not completed, or null
   * @param output the items the response produced, or null
   * @param usage the token usage, in {@code response.done}, or null
   * @param conversationId the conversation the response belongs to, or null
   * @param voice the voice used, or null
   * @param modalities the modalities used, or null
   * @param outputAudioFormat the output audio format, or null
   * @param temperature the sampling temperature, or null
   * @param maxResponseOutputTokens the output token limit, or null
   * @param metadata key-value pairs attached to the response, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public Response {
    output = output == null ? null : List.copyOf(output);
    modalities = modalities == null ? null : List.copyOf(modalities);
    metadata = metadata == null ? null : Map.copyOf(metadata);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param id the response id
   * @param status the status; terminal in {@code response.done}
   * @return the new value
   */
  public static Response of(String id, ResponseStatus status) {
    return new Response(
        id, null, status, null, null, null, null, null, null, null, null, null, null, Map.of());
  }

  /**
   * Starts a builder with no fields set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Response}; fields left unset are not written. */
  public static final class Builder {
    private String id;
    private String object;
    private ResponseStatus status;
    private ResponseStatusDetails statusDetails;
    private List<ResponseItem> output;
    private TokenUsage usage;
    private String conversationId;
    private Voice voice;
    private List<Modality> modalities;
    private OutputAudioFormat outputAudioFormat;
    private Double temperature;
    private MaxOutputTokens maxResponseOutputTokens;
    private Map<String, String> metadata;
    private final java.util.LinkedHashMap<String, JsonNode> additionalProperties =
        new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param id the response id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code object}.
     *
     * @param object the object kind, {@code realtime.response}, or null
     * @return this builder
     */
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param status the status; terminal in {@code response.done}
     * @return this builder
     */
    public Builder status(ResponseStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code status_details}.
     *
     * @param statusDetails why the response is not completed, or null
     * @return this builder
     */
    public Builder statusDetails(ResponseStatusDetails statusDetails) {
      this.statusDetails = statusDetails;
      return this;
    }

    /**
     * Sets {@code output}.
     *
     * @param output the items the response produced, or null
     * @return this builder
     */
    public Builder output(List<ResponseItem> output) {
      this.output = output;
      return this;
    }

    /**
     * Sets {@code usage}.
     *
     * @param usage the token usage, in {@code response.done}, or null
     * @return this builder
     */
    public Builder usage(TokenUsage usage) {
      this.usage = usage;
      return this;
    }

    /**
     * Sets {@code conversation_id}.
     *
     * @param conversationId the conversation the response belongs to, or null
     * @return this builder
     */
    public Builder conversationId(String conversationId) {
      this.conversationId = conversationId;
      return this;
    }

    /**
     * Sets {@code voice}.
     *
     * @param voice the voice used, or null
     * @return this builder
     */
    public Builder voice(Voice voice) {
      this.voice = voice;
      return this;
    }

    /**
     * Sets {@code modalities}.
     *
     * @param modalities the modalities used, or null
     * @return this builder
     */
    public Builder modalities(List<Modality> modalities) {
      this.modalities = modalities;
      return this;
    }

    /**
     * Sets {@code output_audio_format}.
     *
     * @param outputAudioFormat the output audio format, or null
     * @return this builder
     */
    public Builder outputAudioFormat(OutputAudioFormat outputAudioFormat) {
      this.outputAudioFormat = outputAudioFormat;
      return this;
    }

    /**
     * Sets {@code temperature}.
     *
     * @param temperature the sampling temperature, or null
     * @return this builder
     */
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets {@code max_response_output_tokens}.
     *
     * @param maxResponseOutputTokens the output token limit, or null
     * @return this builder
     */
    public Builder maxResponseOutputTokens(MaxOutputTokens maxResponseOutputTokens) {
      this.maxResponseOutputTokens = maxResponseOutputTokens;
      return this;
    }

    /**
     * Sets {@code metadata}.
     *
     * @param metadata key-value pairs attached to the response, or null
     * @return this builder
     */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = metadata;
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
     * @return the new {@link Response}
     */
    public Response build() {
      return new Response(
          id,
          object,
          status,
          statusDetails,
          output,
          usage,
          conversationId,
          voice,
          modalities,
          outputAudioFormat,
          temperature,
          maxResponseOutputTokens,
          metadata,
          additionalProperties);
    }
  }
}
