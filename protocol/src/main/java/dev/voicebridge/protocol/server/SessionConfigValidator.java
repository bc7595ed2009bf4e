package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Checks a merged session against the service's documented ranges and builds the typed view.
 *
 * <p>Every rejection is an {@code invalid_value} error whose {@code param} names the field, e.g.
 * {@code session.turn_detection.threshold}. Ranges (api-version 2025-10-01): pcm16 input at 16000
 * or 24000 Hz, G.711 at 8000 Hz; {@code temperature} in [0.6, 1.2]; {@code threshold} in [0, 1);
 * durations non-negative; {@code max_response_output_tokens} 1..4096 or {@code "inf"}.
 */
final class SessionConfigValidator {
  private static final Set<String> MODALITIES = Set.of("text", "audio", "animation", "avatar");
  private static final Set<String> VAD_TYPES =
      Set.of(
          "server_vad",
          "semantic_vad",
          "azure_semantic_vad",
          "azure_semantic_vad_en",
          "azure_semantic_vad_multilingual");
  private static final Set<String> VOICE_TYPES =
      Set.of("openai", "azure-standard", "azure-custom", "azure-personal");

  private SessionConfigValidator() {}

  /**
   * Validates a merged session, normalising the audio format spellings in place.
   *
   * @throws ClientRequestException naming the first invalid field
   */
  static SessionConfig validate(ObjectNode session) {
    checkModalities(session.get("modalities"));
    checkOptionalText(session, "instructions");
    checkVoice(session.get("voice"));
    InputFormat inputFormat = inputFormat(session);
    int inputRate = inputRate(session, inputFormat);
    OutputFormat outputFormat = outputFormat(session);
    TurnDetection turnDetection = turnDetection(session.get("turn_detection"));
    checkTemperature(session.get("temperature"));
    checkMaxTokens(session.get("max_response_output_tokens"));
    checkArray(session, "tools");
    checkToolChoice(session.get("tool_choice"));
    checkTypedObjectOrNull(session, "input_audio_transcription", "model");
    checkTypedObjectOrNull(session, "input_audio_noise_reduction", "type");
    checkTypedObjectOrNull(session, "input_audio_echo_cancellation", "type");
    return new SessionConfig(session, inputFormat, inputRate, outputFormat, turnDetection);
  }

  private static void checkModalities(JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw invalid("modalities", "expected a non-empty array of 'text', 'audio'.");
    }
    for (JsonNode m : node) {
      if (!m.isTextual() || !MODALITIES.contains(m.asText())) {
        throw invalid("modalities", "unknown modality " + m + ".");
      }
    }
  }

  private static void checkVoice(JsonNode voice) {
    if (voice != null && voice.isTextual() && !voice.asText().isEmpty()) {
      return;
    }
    if (voice == null || !voice.isObject()) {
      throw invalid("voice", "expected an object with 'type' and 'name'.");
    }
    JsonNode type = voice.get("type");
    if (type == null || !type.isTextual() || !VOICE_TYPES.contains(type.asText())) {
      throw invalid("voice.type", "expected one of " + VOICE_TYPES + ".");
    }
    JsonNode name = voice.get("name");
    if (name == null || !name.isTextual() || name.asText().isEmpty()) {
      throw invalid("voice.name", "expected a non-empty string.");
    }
  }

  private static InputFormat inputFormat(ObjectNode session) {
    JsonNode node = session.get("input_audio_format");
    InputFormat format =
        node != null && node.isTextual() ? InputFormat.fromWire(node.asText()) : null;
    if (format == null) {
      throw invalid(
          "input_audio_format",
          "unsupported value " + node + ": use pcm16, g711_ulaw or g711_alaw.");
    }
    session.put("input_audio_format", format.wireName());
    return format;
  }

  private static int inputRate(ObjectNode session, InputFormat format) {
    JsonNode node = session.get("input_audio_sampling_rate");
    if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
      throw invalid("input_audio_sampling_rate", "expected an integer number of Hz.");
    }
    int rate = node.asInt();
    if (!format.allowsRate(rate)) {
      throw invalid(
          "input_audio_sampling_rate",
          rate
              + " Hz is not supported for "
              + format.wireName()
              + (format == InputFormat.PCM16 ? ": use 16000 or 24000." : ": use 8000."));
    }
    session.put("input_audio_sampling_rate", rate);
    return rate;
  }

  private static OutputFormat outputFormat(ObjectNode session) {
    JsonNode node = session.get("output_audio_format");
    OutputFormat format =
        node != null && node.isTextual() ? OutputFormat.fromWire(node.asText()) : null;
    if (format == null) {
      throw invalid(
          "output_audio_format",
          "unsupported value "
              + node
              + ": use pcm16, pcm16_8000hz, pcm16_16000hz, g711_ulaw or g711_alaw.");
    }
    session.put("output_audio_format", format.wireName());
    return format;
  }

  private static TurnDetection turnDetection(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw invalid("turn_detection", "expected an object or null.");
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual() || !VAD_TYPES.contains(type.asText())) {
      throw invalid("turn_detection.type", "expected one of " + VAD_TYPES + ".");
    }
    double threshold = number(node, "threshold", TurnDetection.DEFAULT_THRESHOLD);
    if (threshold < 0 || threshold >= 1) {
      throw invalid(
          "turn_detection.threshold", "expected a number in [0, 1), got " + threshold + ".");
    }
    return new TurnDetection(
        type.asText(),
        threshold,
        duration(node, "prefix_padding_ms", TurnDetection.DEFAULT_PREFIX_PADDING_MS),
        duration(node, "silence_duration_ms", TurnDetection.DEFAULT_SILENCE_DURATION_MS),
        duration(node, "speech_duration_ms", 0),
        bool(node, "create_response", true),
        bool(node, "interrupt_response", true),
        bool(node, "auto_truncate", false));
  }

  private static double number(JsonNode td, String field, double fallback) {
    JsonNode node = td.get(field);
    if (node == null) {
      return fallback;
    }
    if (!node.isNumber()) {
      throw invalid("turn_detection." + field, "expected a number.");
    }
    return node.asDouble();
  }

  private static int duration(JsonNode td, String field, int fallback) {
    JsonNode node = td.get(field);
    if (node == null) {
      return fallback;
    }
    if (!node.canConvertToExactIntegral() || !node.canConvertToInt() || node.asInt() < 0) {
      throw invalid("turn_detection." + field, "expected a non-negative integer of milliseconds.");
    }
    return node.asInt();
  }

  private static boolean bool(JsonNode td, String field, boolean fallback) {
    JsonNode node = td.get(field);
    if (node == null) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw invalid("turn_detection." + field, "expected true or false.");
    }
    return node.asBoolean();
  }

  private static void checkTemperature(JsonNode node) {
    if (node == null || !node.isNumber() || node.asDouble() < 0.6 || node.asDouble() > 1.2) {
      throw invalid("temperature", "expected a number in [0.6, 1.2], got " + node + ".");
    }
  }

  private static void checkMaxTokens(JsonNode node) {
    boolean inf = node != null && node.isTextual() && node.asText().equals("inf");
    boolean count =
        node != null
            && node.canConvertToExactIntegral()
            && node.asLong() >= 1
            && node.asLong() <= 4096;
    if (!inf && !count) {
      throw invalid(
          "max_response_output_tokens",
          "expected an integer in [1, 4096] or \"inf\", got " + node + ".");
    }
  }

  private static void checkOptionalText(ObjectNode session, String field) {
    JsonNode node = session.get(field);
    if (node != null && !node.isNull() && !node.isTextual()) {
      throw invalid(field, "expected a string.");
    }
  }

  private static void checkArray(ObjectNode session, String field) {
    JsonNode node = session.get(field);
    if (node != null && !node.isArray()) {
      throw invalid(field, "expected an array.");
    }
  }

  private static void checkToolChoice(JsonNode node) {
    if (node != null && !node.isTextual() && !node.isObject()) {
      throw invalid("tool_choice", "expected \"auto\", \"none\", \"required\" or a function.");
    }
  }

  private static void checkTypedObjectOrNull(ObjectNode session, String field, String member) {
    JsonNode node = session.get(field);
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isObject() || !node.path(member).isTextual()) {
      throw invalid(field, "expected null or an object with a string '" + member + "'.");
    }
  }

  private static ClientRequestException invalid(String field, String problem) {
    String param = "session." + field;
    return ClientRequestException.invalidValue(param, "Invalid '" + param + "': " + problem);
  }
}
