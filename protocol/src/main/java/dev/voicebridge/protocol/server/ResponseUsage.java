package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible {@code usage} object for a response, from the service's published rates: about 10
 * tokens per second of input audio and 20 per second of output audio, and about 4 characters per
 * text token.
 */
final class ResponseUsage {
  /** Input audio tokens per second. */
  static final int INPUT_AUDIO_TOKENS_PER_SECOND = 10;

  /** Output audio tokens per second. */
  static final int OUTPUT_AUDIO_TOKENS_PER_SECOND = 20;

  private ResponseUsage() {}

  /**
   * Estimates the usage.
   *
   * @param spec the response, for the input audio and instructions
   * @param outputAudioMs audio actually generated (less than the reply's when cancelled)
   */
  static ObjectNode estimate(ResponseSpec spec, long outputAudioMs) {
    long inputAudio = ceilDiv(spec.inputAudioMs() * INPUT_AUDIO_TOKENS_PER_SECOND, 1000);
    long inputText = ceilDiv(spec.instructions() == null ? 0 : spec.instructions().length(), 4);
    long outputAudio = ceilDiv(outputAudioMs * OUTPUT_AUDIO_TOKENS_PER_SECOND, 1000);
    long outputText = ceilDiv(spec.reply().transcript().length(), 4);
    ObjectNode usage = ServerJson.object();
    usage.put("total_tokens", inputAudio + inputText + outputAudio + outputText);
    usage.put("input_tokens", inputAudio + inputText);
    usage.put("output_tokens", outputAudio + outputText);
    ObjectNode in = usage.putObject("input_token_details");
    in.put("cached_tokens", 0);
    in.put("text_tokens", inputText);
    in.put("audio_tokens", inputAudio);
    ObjectNode out = usage.putObject("output_token_details");
    out.put("text_tokens", outputText);
    out.put("audio_tokens", outputAudio);
    return usage;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
