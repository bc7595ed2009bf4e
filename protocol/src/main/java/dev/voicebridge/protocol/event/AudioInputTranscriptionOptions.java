package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Configuration for input audio transcription.
 *
 * @param model the transcription model, e.g. {@code azure-speech}, {@code whisper-1}, {@code
 *     gpt-4o-transcribe}
 * @param language a BCP-47 or ISO-639-1 language, or a comma-separated list for detection, or null
 * @param customSpeech custom speech endpoint ids by locale (azure-speech only), or null
 * @param phraseList phrases that bias recognition (azure-speech only), or null
 * @param prompt a prompt for the OpenAI transcription models, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AudioInputTranscriptionOptions(
    @JsonProperty("model") String model,
    @JsonProperty("language") String language,
    @JsonProperty("custom_speech") Map<String, String> customSpeech,
    @JsonProperty("phrase_list") List<String> phraseList,
    @JsonProperty("prompt") String prompt,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param model the transcription model, e.g. {@code azure-speech}, {@code whisper-1}, {@code
   *     gpt-4o-transcribe}
   * @param language a BCP-47 or ISO-639-1 language, or a comma-separated list for detection, or
   *     null
   * @param customSpeech custom speech endpoint ids by locale (azure-speech only), or null
   * @param phraseList phrases that bias recognition (azure-speech only), or null
   * @param prompt a prompt for the OpenAI transcription models, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AudioInputTranscriptionOptions {
    customSpeech = customSpeech == null ? null : Map.copyOf(customSpeech);
    phraseList = phraseList == null ? null : List.copyOf(phraseList);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param model the transcription model, e.g. {@code azure-speech}, {@code whisper-1}, {@code
   *     gpt-4o-transcribe}
   * @return the new value
   */
  public static AudioInputTranscriptionOptions of(String model) {
    return new AudioInputTranscriptionOptions(model, null, null, null, null, Map.of());
  }

  /**
   * Starts a builder with no fields set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AudioInputTranscriptionOptions}; fields left unset are not written. */
  public static final class Builder {
    private String model;
    private String language;
    private Map<String, String> customSpeech;
    private List<String> phraseList;
    private String prompt;
    private final java.util.LinkedHashMap<String, JsonNode> additionalProperties =
        new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code model}.
     *
     * @param model the transcription model, e.g. {@code azure-speech}, {@code whisper-1}, {@code
     *     gpt-4o-transcribe}
     * @return this builder
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets {@code language}.
     *
     * @param language a BCP-47 or ISO-639-1 language, or a comma-separated list for detection, or
     *     null
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets {@code custom_speech}.
     *
     * @param customSpeech custom speech endpoint ids by locale (azure-speech only), or null
     * @return this builder
     */
    public Builder customSpeech(Map<String, String> customSpeech) {
      this.customSpeech = customSpeech;
      return this;
    }

    /**
     * Sets {@code phrase_list}.
     *
     * @param phraseList phrases that bias recognition (azure-speech only), or null
     * @return this builder
     */
    public Builder phraseList(List<String> phraseList) {
      this.phraseList = phraseList;
      return this;
    }

    /**
     * Sets {@code prompt}.
     *
     * @param prompt a prompt for the OpenAI transcription models, or null
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
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
     * @return the new {@link AudioInputTranscriptionOptions}
     */
    public AudioInputTranscriptionOptions build() {
      return new AudioInputTranscriptionOptions(
          model, language, customSpeech, phraseList, prompt, additionalProperties);
    }
  }
}
