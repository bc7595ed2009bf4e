package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Applies the {@code session} object of a {@code session.update} to the current configuration.
 *
 * <p>Semantics, as the service behaves:
 *
 * <ul>
 *   <li>fields left out keep their values;
 *   <li>an explicit {@code null} clears a field: {@code turn_detection: null} turns VAD off, and
 *       the optional objects ({@code input_audio_transcription}, {@code
 *       input_audio_noise_reduction}, {@code input_audio_echo_cancellation}) switch off; a field
 *       that always has a value (formats, modalities, voice, temperature...) returns to its
 *       default;
 *   <li>a {@code turn_detection} object of the same type (or with no type) updates the current one
 *       field by field; one of another type, or sent while VAD is off, starts from that type's
 *       defaults;
 *   <li>changing {@code input_audio_format} without a rate moves the rate to the format's default
 *       (8000 for G.711, 24000 for pcm16);
 *   <li>{@code id}, {@code object} and {@code model} are ignored: the model is fixed at connect;
 *   <li>fields the server does not know are kept and echoed unchanged.
 * </ul>
 *
 * <p>The result is validated as a whole ({@link SessionConfigValidator}); on error the current
 * configuration is left untouched.
 */
final class SessionConfigMerger {
  private static final Set<String> IGNORED = Set.of("id", "object", "model");
  private static final Set<String> NULLABLE =
      Set.of(
          "turn_detection",
          "input_audio_transcription",
          "input_audio_noise_reduction",
          "input_audio_echo_cancellation");

  private SessionConfigMerger() {}

  /**
   * Returns the configuration after the update.
   *
   * @param current the session's configuration, not modified
   * @param update the {@code session} member of the client event (may be missing or not an object)
   * @throws ClientRequestException naming the first invalid field
   */
  static SessionConfig merge(SessionConfig current, JsonNode update) {
    if (update == null || !update.isObject()) {
      throw ClientRequestException.invalidValue(
          "session", "Invalid 'session': expected an object with the session fields to update.");
    }
    ObjectNode defaults = SessionConfig.defaults().json();
    ObjectNode merged = current.json().deepCopy();
    boolean rateGiven = update.has("input_audio_sampling_rate");
    for (Map.Entry<String, JsonNode> field : update.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (IGNORED.contains(name)) {
        continue;
      }
      if (value.isNull() && !NULLABLE.contains(name) && defaults.has(name)) {
        merged.set(name, defaults.get(name).deepCopy());
      } else if (name.equals("turn_detection") && value.isObject()) {
        merged.set(name, mergeTurnDetection(merged.get(name), (ObjectNode) value));
      } else {
        merged.set(name, value.deepCopy());
      }
    }
    if (!rateGiven && formatChanged(current, merged)) {
      InputFormat format = InputFormat.fromWire(merged.path("input_audio_format").asText(""));
      if (format != null) {
        merged.put("input_audio_sampling_rate", format.defaultRate());
      }
    }
    return SessionConfigValidator.validate(merged);
  }

  private static boolean formatChanged(SessionConfig current, ObjectNode merged) {
    JsonNode format = merged.get("input_audio_format");
    return format != null
        && format.isTextual()
        && InputFormat.fromWire(format.asText()) != current.inputFormat();
  }

  private static ObjectNode mergeTurnDetection(JsonNode existing, ObjectNode update) {
    JsonNode type = update.get("type");
    boolean sameType =
        existing != null
            && existing.isObject()
            && (type == null || type.equals(existing.get("type")));
    ObjectNode base;
    if (sameType) {
      base = ((ObjectNode) existing).deepCopy();
    } else {
      base = SessionConfig.turnDetectionJson(TurnDetection.serverVadDefaults());
      if (type != null) {
        base.set("type", type);
      }
    }
    base.setAll(update.deepCopy());
    return base;
  }
}
