package dev.voicebridge.bridge.config;

import java.util.Set;

/**
 * The voice the model speaks with (YAML {@code voice}), as Voice Live's session {@code voice}.
 *
 * @param type {@code openai}, {@code azure-standard}, {@code azure-custom} or {@code
 *     azure-personal}
 * @param name the voice, e.g. {@code alloy} or {@code en-US-Ava:DragonHDLatestNeural}
 * @param endpointId for {@code azure-custom}: the custom voice deployment id; empty otherwise
 */
public record VoiceConfig(String type, String name, String endpointId) {

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
  }

  static VoiceConfig from(ConfigNode node, VoiceConfig base) throws ConfigException {
    String type = node.string("type", base.type);
    // A new type brings its own name: keeping alloy for an azure-standard voice is never meant.
    String name = node.string("name", type.equals(base.type) ? base.name : "");
    String endpointId = node.string("endpoint-id", type.equals(base.type) ? base.endpointId : "");
    node.checkNoUnknownKeys();
    return node.build(() -> new VoiceConfig(type, name, endpointId));
  }
}
