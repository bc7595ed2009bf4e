package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Azure standard voice configuration.
 *
 * <p>Wire {@code type}: {@code azure-standard}.
 *
 * @param name the voice name, e.g. {@code en-US-Ava:DragonHDLatestNeural}
 * @param temperature the sampling temperature in [0, 1], or null
 * @param customLexiconUrl the URL of a custom lexicon, or null
 * @param customTextNormalizationUrl the URL of custom text normalization rules, or null
 * @param preferLocales locales preferred for multilingual voices, or null
 * @param locale the locale to speak, or null
 * @param style the speaking style, e.g. {@code cheerful}, or null
 * @param pitch the SSML prosody pitch, e.g. {@code +5%}, or null
 * @param rate the SSML prosody rate, e.g. {@code 1.1}, or null
 * @param volume the SSML prosody volume, or null
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AzureStandardVoice(
    @JsonProperty("name") String name,
    @JsonProperty("temperature") Double temperature,
    @JsonProperty("custom_lexicon_url") String customLexiconUrl,
    @JsonProperty("custom_text_normalization_url") String customTextNormalizationUrl,
    @JsonProperty("prefer_locales") List<String> preferLocales,
    @JsonProperty("locale") String locale,
    @JsonProperty("style") String style,
    @JsonProperty("pitch") String pitch,
    @JsonProperty("rate") String rate,
    @JsonProperty("volume") String volume,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties)
    implements AzureVoice {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "azure-standard";

  /**
   * Copies collections so the value stays immutable.
   *
   * @param name the voice name, e.g. {@code en-US-Ava:DragonHDLatestNeural}
   * @param temperature the sampling temperature in [0, 1], or null
   * @param customLexiconUrl the URL of a custom lexicon, or null
   * @param customTextNormalizationUrl the URL of custom text normalization rules, or null
   * @param preferLocales locales preferred for multilingual voices, or null
   * @param locale the locale to speak, or null
   * @param style the speaking style, e.g. {@code cheerful}, or null
   * @param pitch the SSML prosody pitch, e.g. {@code +5%}, or null
   * @param rate the SSML prosody rate, e.g. {@code 1.1}, or null
   * @param volume the SSML prosody volume, or null
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AzureStandardVoice {
    preferLocales = preferLocales == null ? null : List.copyOf(preferLocales);
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the voice name, e.g. {@code en-US-Ava:DragonHDLatestNeural}
   * @return the new value
   */
  public static AzureStandardVoice of(String name) {
    return new AzureStandardVoice(
        name, null, null, null, null, null, null, null, null, null, Map.of());
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

  /** Builds a {@link AzureStandardVoice}; fields left unset are not written. */
  public static final class Builder {
    private String name;
    private Double temperature;
    private String customLexiconUrl;
    private String customTextNormalizationUrl;
    private List<String> preferLocales;
    private String locale;
    private String style;
    private String pitch;
    private String rate;
    private String volume;
    private final java.util.LinkedHashMap<String, JsonNode> additionalProperties =
        new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code name}.
     *
     * @param name the voice name, e.g. {@code en-US-Ava:DragonHDLatestNeural}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code temperature}.
     *
     * @param temperature the sampling temperature in [0, 1], or null
     * @return this builder
     */
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets {@code custom_lexicon_url}.
     *
     * @param customLexiconUrl the URL of a custom lexicon, or null
     * @return this builder
     */
    public Builder customLexiconUrl(String customLexiconUrl) {
      this.customLexiconUrl = customLexiconUrl;
      return this;
    }

    /**
     * Sets {@code custom_text_normalization_url}.
     *
     * @param customTextNormalizationUrl the URL of custom text normalization rules, or null
     * @return this builder
     */
    public Builder customTextNormalizationUrl(String customTextNormalizationUrl) {
      this.customTextNormalizationUrl = customTextNormalizationUrl;
      return this;
    }

    /**
     * Sets {@code prefer_locales}.
     *
     * @param preferLocales locales preferred for multilingual voices, or null
     * @return this builder
     */
    public Builder preferLocales(List<String> preferLocales) {
      this.preferLocales = preferLocales;
      return this;
    }

    /**
     * Sets {@code locale}.
     *
     * @param locale the locale to speak, or null
     * @return this builder
     */
    public Builder locale(String locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets {@code style}.
     *
     * @param style the speaking style, e.g. {@code cheerful}, or null
     * @return this builder
     */
    public Builder style(String style) {
      this.style = style;
      return this;
    }

    /**
     * Sets {@code pitch}.
     *
     * @param pitch the SSML prosody pitch, e.g. {@code +5%}, or null
     * @return this builder
     */
    public Builder pitch(String pitch) {
      this.pitch = pitch;
      return this;
    }

    /**
     * Sets {@code rate}.
     *
     * @param rate the SSML prosody rate, e.g. {@code 1.1}, or null
     * @return this builder
     */
    public Builder rate(String rate) {
      this.rate = rate;
      return this;
    }

    /**
     * Sets {@code volume}.
     *
     * @param volume the SSML prosody volume, or null
     * @return this builder
     */
    public Builder volume(String volume) {
      this.volume = volume;
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
     * @return the new {@link AzureStandardVoice}
     */
    public AzureStandardVoice build() {
      return new AzureStandardVoice(
          name,
          temperature,
          customLexiconUrl,
          customTextNormalizationUrl,
          preferLocales,
          locale,
          style,
          pitch,
          rate,
          volume,
          additionalProperties);
    }
  }
}
