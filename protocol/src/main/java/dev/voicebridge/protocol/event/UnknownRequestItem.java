package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A conversation request item (or a message with a role) this model does not know (a newer or
 * preview variant), kept as its raw JSON and written back unchanged.
 *
 * @param raw the JSON as received; callers must not modify it
 */
public record UnknownRequestItem(@JsonValue JsonNode raw) implements ConversationRequestItem {

  /**
   * Checks the raw JSON is present.
   *
   * @param raw the JSON as received; callers must not modify it
   */
  public UnknownRequestItem {
    Objects.requireNonNull(raw, "raw");
  }

  @Override
  public String type() {
    return raw.path("type").textValue();
  }

  @Override
  public String id() {
    return raw.path("id").textValue();
  }
}
