package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A client event whose {@code type} this model does not know, kept with its raw JSON so it can be
 * logged or forwarded; written back exactly as it was read.
 *
 * @param type the wire type, or null if the event had none
 * @param raw the whole event as received or built; callers must not modify it
 */
public record UnknownClientEvent(String type, ObjectNode raw) implements ClientEvent {

  /**
   * Checks the raw JSON is present.
   *
   * @param type the wire type, or null if the event had none
   * @param raw the whole event as received or built; callers must not modify it
   */
  public UnknownClientEvent {
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * Wraps a raw event, taking its type from its {@code type} property.
   *
   * @param raw the event JSON
   * @return the unknown event
   */
  public static UnknownClientEvent of(ObjectNode raw) {
    return new UnknownClientEvent(raw.path("type").textValue(), raw);
  }

  @Override
  public String eventId() {
    return raw.path("event_id").textValue();
  }

  /**
   * Returns the JSON that is written for this event: the raw event unchanged.
   *
   * @return the raw event
   */
  @JsonValue
  public ObjectNode raw() {
    return raw;
  }
}
