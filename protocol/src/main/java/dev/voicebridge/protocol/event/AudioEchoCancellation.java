package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Echo cancellation configuration for server-side audio processing.
 *
 * <p>The service assumes playback starts as soon as audio is received; more than 2 s of playout
 * delay degrades it.
 *
 * @param type the echo cancellation kind, {@code server_echo_cancellation}
 * @param additionalProperties fields this model does not know, kept so they can be forwarded
 *     unchanged
 */
public record AudioEchoCancellation(
    @JsonProperty("type") String type,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  /**
   * Copies collections so the value stays immutable.
   *
   * @param type the echo cancellation kind, {@code server_echo_cancellation}
   * @param additionalProperties fields this model does not know, kept so they can be forwarded
   *     unchanged
   */
  public AudioEchoCancellation {
    additionalProperties = AdditionalProperties.copyOf(additionalProperties);
  }

  /**
   * Creates the value with the common fields; the others are left out.
   *
   * @param type the echo cancellation kind, {@code server_echo_cancellation}
   * @return the new value
   */
  public static AudioEchoCancellation of(String type) {
    return new AudioEchoCancellation(type, Map.of());
  }

  /** Server-side echo cancellation. */
  public static final String SERVER_ECHO_CANCELLATION = "server_echo_cancellation";
}
