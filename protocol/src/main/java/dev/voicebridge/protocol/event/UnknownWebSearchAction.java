package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A web search action this model does not know (a newer or preview variant), kept as its raw JSON
 * and written back unchanged.
 *
 * @param raw the JSON as received; callers must not modify it
 */
public record UnknownWebSearchAction(@JsonValue JsonNode raw) implements WebSearchAction {

  /**
   * Checks the raw JSON is present.
   *
   * @param raw the JSON as received; callers must not modify it
   */
  public UnknownWebSearchAction {
    Objects.requireNonNull(raw, "raw");
  }

  @Override
  public String type() {
    return raw.path("type").textValue();
  }
}
