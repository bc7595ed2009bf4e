package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A session's effective configuration: the JSON the server echoes as the session object, and the
 * typed values it acts on, parsed once when the configuration is accepted.
 *
 * @param json the session fields as sent back in {@code session.created}/{@code session.updated}
 *     (without {@code id}, {@code object}, {@code model}); never mutated once built
 * @param inputFormat the decoded {@code input_audio_format}
 * @param inputRate {@code input_audio_sampling_rate}
 * @param outputFormat the decoded {@code output_audio_format}
 * @param turnDetection the VAD settings, or null when {@code turn_detection} is null (VAD off)
 */
record SessionConfig(
    ObjectNode json,
    InputFormat inputFormat,
    int inputRate,
    OutputFormat outputFormat,
    TurnDetection turnDetection) {

  /** The service's session defaults for api-version 2025-10-01. */
  static SessionConfig defaults() {
    ObjectNode json = ServerJson.object();
    json.putArray("modalities").add("text").add("audio");
    json.put("instructions", "");
    ObjectNode voice = json.putObject("voice");
    voice.put("type", "openai");
    voice.put("name", "alloy");
    json.put("input_audio_format", InputFormat.PCM16.wireName());
    json.put("output_audio_format", OutputFormat.PCM16.wireName());
    json.put("input_audio_sampling_rate", InputFormat.PCM16.defaultRate());
    json.set("turn_detection", turnDetectionJson(TurnDetection.serverVadDefaults()));
    json.putNull("input_audio_noise_reduction");
    json.putNull("input_audio_echo_cancellation");
    json.putNull("input_audio_transcription");
    json.putArray("tools");
    json.put("tool_choice", "auto");
    json.put("temperature", 0.8);
    json.put("max_response_output_tokens", "inf");
    return new SessionConfig(
        json,
        InputFormat.PCM16,
        InputFormat.PCM16.defaultRate(),
        OutputFormat.PCM16,
        TurnDetection.serverVadDefaults());
  }

  /** The full {@code turn_detection} object for a set of VAD settings. */
  static ObjectNode turnDetectionJson(TurnDetection td) {
    ObjectNode json = ServerJson.object();
    json.put("type", td.type());
    json.put("threshold", td.threshold());
    json.put("prefix_padding_ms", td.prefixPaddingMs());
    json.put("silence_duration_ms", td.silenceDurationMs());
    json.put("create_response", td.createResponse());
    json.put("interrupt_response", td.interruptResponse());
    return json;
  }
}
