package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An end-of-utterance detection this model does not know (a newer or preview variant), kept as its
 * raw JSON and written back unchanged.
 *
 * @param raw the JSON as received; callers must not modify it
 */
public record UnknownEouDetection(@JsonValue JsonNode raw) implements EouDetection {

  /**
   * Checks the raw JSON is present.
   *
   * @param raw the JSON as received; callers must not modify it
   */
  public UnknownEouDetection {
    Objects.requireNonNull(raw, "raw");
  }

  @Override
  public String model() {
    return raw.path("model").textValue();
  }
}
