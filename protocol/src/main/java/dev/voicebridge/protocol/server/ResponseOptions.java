package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code response} of a {@code response.create}, over the session's settings.
 *
 * <p>Acted on: {@code output_audio_format} (any spelling the session accepts) and {@code
 * conversation} ({@code "auto"} or {@code "none"}). Accepted and echoed in the response object:
 * {@code modalities}, {@code voice}, {@code temperature}, {@code max_response_output_tokens},
 * {@code metadata}; {@code instructions} only count towards usage. Other fields ({@code tools},
 * {@code tool_choice}, ...) are accepted and ignored: the agent calls no tools.
 *
 * @param format the output format of this response
 * @param instructions the instructions in effect
 * @param settings the response object's descriptive fields
 * @param inConversation false for {@code conversation: "none"}
 */
record ResponseOptions(
    OutputFormat format, String instructions, ObjectNode settings, boolean inConversation) {

  private static final String[] ECHOED = {
    "modalities", "voice", "output_audio_format", "temperature", "max_response_output_tokens"
  };

  /**
   * Reads the options.
   *
   * @param response the event's {@code response} member, possibly null or absent
   * @throws ClientRequestException naming the invalid field as {@code response.<field>}
   */
  static ResponseOptions of(JsonNode response, SessionConfig session) {
    if (response != null && !response.isNull() && !response.isObject()) {
      throw ClientRequestException.invalidValue(
          "response", "Invalid 'response': expected an object.");
    }
    JsonNode r = response == null || response.isNull() ? ServerJson.object() : response;
    OutputFormat format = session.outputFormat();
    JsonNode requested = r.get("output_audio_format");
    if (requested != null && !requested.isNull()) {
      format = requested.isTextual() ? OutputFormat.fromWire(requested.asText()) : null;
      if (format == null) {
        throw ClientRequestException.invalidValue(
            "response.output_audio_format",
            "Invalid 'response.output_audio_format': unsupported value " + requested + ".");
      }
    }
    JsonNode conversation = r.get("conversation");
    if (conversation != null
        && !conversation.isNull()
        && !(conversation.isTextual()
            && (conversation.asText().equals("auto") || conversation.asText().equals("none")))) {
      throw ClientRequestException.invalidValue(
          "response.conversation", "Invalid 'response.conversation': use \"auto\" or \"none\".");
    }
    JsonNode temperature = r.get("temperature");
    if (temperature != null
        && (!temperature.isNumber()
            || temperature.asDouble() < 0.6
            || temperature.asDouble() > 1.2)) {
      throw ClientRequestException.invalidValue(
          "response.temperature",
          "Invalid 'response.temperature': expected a number in [0.6, 1.2].");
    }
    ObjectNode settings = ServerJson.object();
    for (String field : ECHOED) {
      JsonNode value = r.hasNonNull(field) ? r.get(field) : session.json().get(field);
      settings.set(field, value == null ? null : value.deepCopy());
    }
    settings.put("output_audio_format", format.wireName());
    settings.set("metadata", r.hasNonNull("metadata") ? r.get("metadata").deepCopy() : null);
    JsonNode instructions =
        r.path("instructions").isTextual()
            ? r.get("instructions")
            : session.json().get("instructions");
    return new ResponseOptions(
        format,
        instructions == null ? null : instructions.asText(),
        settings,
        conversation == null || !conversation.asText().equals("none"));
  }
}
