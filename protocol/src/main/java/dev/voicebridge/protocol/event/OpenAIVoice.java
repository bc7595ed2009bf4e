package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI voice configuration with explicit type field. This provides a unified interface for OpenAI
 * voices, complementing the existing string-based OAIVoice for backward compatibility.
 *
 * <p>Wire {@code type}: {@code openai}.
 *
 * @param name the voice name, e.g. {@code alloy}
 */
public record OpenAIVoice(@JsonProperty("name") OpenAIVoiceName name) implements Voice {
  /** The {@code type} this variant has on the wire. */
  public static final String TYPE = "openai";

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param name the voice name, e.g. {@code alloy}
   * @return the new value
   */
  public static OpenAIVoice of(OpenAIVoiceName name) {
    return new OpenAIVoice(name);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
