package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A tool choice this model does not know (a newer or preview variant), kept as its raw JSON and
 * written back unchanged.
 *
 * @param raw the JSON as received; callers must not modify it
 */
public record UnknownToolChoice(@JsonValue JsonNode raw) implements ToolChoice {

  /**
   * Checks the raw JSON is present.
   *
   * @param raw the JSON as received; callers must not modify it
   */
  public UnknownToolChoice {
    Objects.requireNonNull(raw, "raw");
  }
}
