package dev.voicebridge.bridge.config;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The voice the model speaks with (YAML {@code voice}), as Voice Live's session {@code voice}.
 *
 * @param type {@code openai}, {@code azure-standard}, {@code azure-custom} or {@code
 *     azure-personal}
 * @param name the voice, e.g. {@code alloy} or {@code en-US-Ava:DragonHDLatestNeural}
 * @param endpointId for {@code azure-custom}: the custom voice deployment id; empty otherwise
 * @param azure how an Azure voice speaks (temperature, locale, style, prosody, lexicon); {@link
 *     AzureVoiceSettings#NONE} for an {@code openai} voice, which takes none of them, and no
 *     {@code style} for {@code azure-personal}
 */
public record VoiceConfig(String type, String name, String endpointId, AzureVoiceSettings azure) {

  /** The voice types Voice Live accepts in api-version 2025-10-01. */
  public static final Set<String> TYPES =
      Set.of("openai", "azure-standard", "azure-custom", "azure-personal");
  /** OpenAI's alloy: available with the default model, gpt-realtime. */
  public static final VoiceConfig DEFAULTS = new VoiceConfig("openai", "alloy", "");

  /**
   * Checks the settings.
   *
   * @throws InvalidSettingException naming the first bad setting by its YAML key
   */
  public VoiceConfig {
    if (type == null || !TYPES.contains(type)) {
      throw new InvalidSettingException("type", "unknown voice type '" + type
          + "'; allowed: openai, azure-standard, azure-custom, azure-personal");
    }
    Checks.notBlank("name", name);
    Checks.notNull("endpoint-id", endpointId);
    if (type.equals("azure-custom")) {
      Checks.notBlank("endpoint-id", endpointId);
    }
    Objects.requireNonNull(azure, "azure");
    List<String> set = azure.keysSet();
    if (type.equals("openai") && !set.isEmpty()) {
      throw new InvalidSettingException(set.get(0), "only for azure-standard, azure-custom and"
          + " azure-personal voices, not for an openai voice");
    }
    if (type.equals("azure-personal") && azure.style().isPresent()) {
      throw new InvalidSettingException("style", "azure-personal voices take no style; only"
          + " azure-standard and azure-custom voices do");
    }
  }

  /**
   * A voice with the service's defaults for every {@link AzureVoiceSettings} setting.
   *
   * @param type the voice type
   * @param name the voice
   * @param endpointId the custom voice deployment id, or empty
   */
  public VoiceConfig(String type, String name, String endpointId) {
    this(type, name, endpointId, AzureVoiceSettings.NONE);
  }

  static VoiceConfig from(ConfigNode node, VoiceConfig base) throws ConfigException {
    String type = node.string("type", base.type);
    // A new type brings its own name, and its own Azure settings: keeping alloy for an
    // azure-standard voice, or one voice's style for another, is never meant.
    boolean sameType = type.equals(base.type);
    String name = node.string("name", sameType ? base.name : "");
    String endpointId = node.string("endpoint-id", sameType ? base.endpointId : "");
    AzureVoiceSettings azure =
        AzureVoiceSettings.from(node, sameType ? base.azure : AzureVoiceSettings.NONE);
    node.checkNoUnknownKeys();
    return node.build(() -> new VoiceConfig(type, name, endpointId, azure));
  }
}
