package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;

/**
 * Turns the {@code audio} of an {@code input_audio_buffer.append} into PCM16 samples, rejecting
 * what the service rejects: a missing or non-string {@code audio}, invalid base64, more decoded
 * bytes than the per-append limit, and PCM16 with an odd byte count.
 */
final class InputAudioAppender {
  private final int maxAppendBytes;
  private final Base64.Decoder base64 = Base64.getDecoder();

  InputAudioAppender(int maxAppendBytes) {
    this.maxAppendBytes = maxAppendBytes;
  }

  /**
   * Decodes the event's audio in the session's input format.
   *
   * @throws ClientRequestException with {@code param} {@code audio}
   */
  short[] decode(JsonNode event, SessionConfig session) {
    JsonNode audio = event.get("audio");
    if (audio == null || !audio.isTextual()) {
      throw new ClientRequestException(
          "missing_required_parameter", "Missing required parameter: 'audio'.", "audio");
    }
    String text = audio.asText();
    // Checked on the base64 length first, so an oversize append is refused without decoding it.
    long decodedBytes = (long) text.length() / 4 * 3;
    if (decodedBytes - 2 > maxAppendBytes) {
      throw tooLarge(decodedBytes);
    }
    byte[] bytes;
    try {
      bytes = base64.decode(text);
    } catch (IllegalArgumentException e) {
      throw ClientRequestException.invalidValue(
          "audio",
          "Invalid 'audio'. Expected base64-encoded audio bytes ("
              + describe(session)
              + "): "
              + e.getMessage());
    }
    if (bytes.length > maxAppendBytes) {
      throw tooLarge(bytes.length);
    }
    return AudioConversions.decodeInput(session.inputFormat(), bytes);
  }

  private ClientRequestException tooLarge(long bytes) {
    return ClientRequestException.invalidValue(
        "audio",
        "Invalid 'audio': "
            + bytes
            + " bytes exceed the limit of "
            + maxAppendBytes
            + " bytes of audio per append.");
  }

  private static String describe(SessionConfig session) {
    return session.inputFormat() == InputFormat.PCM16
        ? "mono PCM16 at " + session.inputRate() / 1000 + "kHz"
        : session.inputFormat().wireName() + " at 8kHz";
  }
}
