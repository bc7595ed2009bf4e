package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code conversation.item.*} client events: create, retrieve, delete and truncate, each
 * answered with its server event or an {@code invalid_request_error} naming the field.
 */
final class ConversationRequests {
  private static final Set<String> ROLES = Set.of("system", "user", "assistant");
  private static final Set<String> ITEM_TYPES =
      Set.of("message", "function_call", "function_call_output", "mcp_approval_response");

  private final ConversationStore store;
  private final EventSink sink;
  private final Consumer<String> beforeTruncate;

  /**
   * @param beforeTruncate called with an item id before it is truncated, so a response still
   *     streaming that item can stop first
   */
  ConversationRequests(ConversationStore store, EventSink sink, Consumer<String> beforeTruncate) {
    this.store = store;
    this.sink = sink;
    this.beforeTruncate = beforeTruncate;
  }

  /**
   * Adds the event's item and sends {@code conversation.item.created}.
   *
   * @return the user audio the item carries (for the agent to answer), or null
   */
  ServerSession.PendingTurn create(JsonNode event, SessionConfig session) {
    JsonNode item = event.get("item");
    if (item == null || !item.isObject()) {
      throw ClientRequestException.invalidValue("item", "Invalid 'item': expected an object.");
    }
    String type = item.path("type").asText("");
    if (!ITEM_TYPES.contains(type)) {
      throw ClientRequestException.invalidValue(
          "item.type", "Invalid 'item.type': expected one of " + ITEM_TYPES + ".");
    }
    JsonNode previous = event.get("previous_item_id");
    String previousId = previous == null || previous.isNull() ? null : previous.asText();
    if (previousId != null && !store.contains(previousId)) {
      throw new ClientRequestException(
          "invalid_value",
          "Previous item with id '" + previousId + "' not found.",
          "previous_item_id");
    }
    String id = item.path("id").isTextual() ? item.get("id").asText() : Ids.next("item_");
    if (store.contains(id)) {
      throw ClientRequestException.invalidValue(
          "item.id", "Invalid 'item.id': an item with id '" + id + "' already exists.");
    }
    ObjectNode json = ((ObjectNode) item).deepCopy();
    ServerSession.PendingTurn audio = checkFields(type, json, session);
    json.put("id", id);
    json.put("object", "realtime.item");
    if (!json.has("status")) {
      json.put("status", "completed");
    }
    String before = store.add(new ConversationItem(id, json), previousId);
    sink.send(ServerEvents.itemCreated(before, json.deepCopy()));
    return audio;
  }

  /** Sends {@code conversation.item.retrieved}, with assistant audio as generated so far. */
  void retrieve(JsonNode event) {
    ConversationItem item = existing(event);
    ObjectNode json = item.json();
    if (item.isAssistantAudio() && json.path("content").path(0).isObject()) {
      String audio = Base64.getEncoder().encodeToString(item.encodedAudio());
      ((ObjectNode) json.get("content").get(0)).put("audio", audio);
    }
    ObjectNode retrieved = ServerEvents.event("conversation.item.retrieved");
    retrieved.set("item", json);
    sink.send(retrieved);
  }

  /** Removes an item and sends {@code conversation.item.deleted}. */
  void delete(JsonNode event) {
    ConversationItem item = existing(event);
    store.delete(item.id());
    ObjectNode deleted = ServerEvents.event("conversation.item.deleted");
    deleted.put("item_id", item.id());
    sink.send(deleted);
  }

  /** Cuts an assistant item's audio and sends {@code conversation.item.truncated}. */
  void truncate(JsonNode event) {
    ConversationItem item = existing(event);
    if (!item.isAssistantAudio()) {
      throw ClientRequestException.invalidValue(
          "item_id", "Invalid 'item_id': only assistant messages with audio can be truncated.");
    }
    JsonNode contentIndex = event.get("content_index");
    if (contentIndex == null
        || !contentIndex.canConvertToExactIntegral()
        || contentIndex.asInt() != 0) {
      throw ClientRequestException.invalidValue(
          "content_index", "Invalid 'content_index': the item has one audio part, at index 0.");
    }
    JsonNode end = event.get("audio_end_ms");
    if (end == null || !end.canConvertToExactIntegral() || end.asLong() < 0) {
      throw ClientRequestException.invalidValue(
          "audio_end_ms", "Invalid 'audio_end_ms': expected a non-negative integer.");
    }
    long audioEndMs = end.asLong();
    if (audioEndMs > item.generatedMs()) {
      throw ClientRequestException.invalidValue(
          "audio_end_ms",
          "Audio content of "
              + item.generatedMs()
              + "ms is already shorter than "
              + audioEndMs
              + "ms.");
    }
    beforeTruncate.accept(item.id());
    item.truncateAtMs(audioEndMs);
    ObjectNode truncated = ServerEvents.event("conversation.item.truncated");
    truncated.put("item_id", item.id());
    truncated.put("content_index", 0);
    truncated.put("audio_end_ms", audioEndMs);
    sink.send(truncated);
  }

  private ConversationItem existing(JsonNode event) {
    JsonNode id = event.get("item_id");
    if (id == null || !id.isTextual()) {
      throw new ClientRequestException(
          "missing_required_parameter", "Missing required parameter: 'item_id'.", "item_id");
    }
    ConversationItem item = store.get(id.asText());
    if (item == null) {
      throw ClientRequestException.invalidValue(
          "item_id", "Invalid 'item_id': no item with id '" + id.asText() + "'.");
    }
    return item;
  }

  private static ServerSession.PendingTurn checkFields(
      String type, ObjectNode json, SessionConfig session) {
    switch (type) {
      case "message" -> {
        if (!ROLES.contains(json.path("role").asText(""))) {
          throw ClientRequestException.invalidValue(
              "item.role", "Invalid 'item.role': expected system, user or assistant.");
        }
        if (!json.path("content").isArray()) {
          throw ClientRequestException.invalidValue(
              "item.content", "Invalid 'item.content': expected an array of content parts.");
        }
        return takeAudio((ArrayNode) json.get("content"), session);
      }
      case "function_call_output" -> {
        requireText(json, "call_id");
        requireText(json, "output");
      }
      case "function_call" -> {
        requireText(json, "call_id");
        requireText(json, "name");
        requireText(json, "arguments");
      }
      default -> {
        // mcp_approval_response: kept as sent; nothing here acts on it.
      }
    }
    return null;
  }

  /** Strips base64 audio out of the echoed item and decodes it as the user's turn. */
  private static ServerSession.PendingTurn takeAudio(ArrayNode content, SessionConfig session) {
    short[] samples = null;
    for (JsonNode part : content) {
      if (part.isObject() && part.path("type").asText().equals("input_audio")) {
        JsonNode audio = part.get("audio");
        if (audio != null && audio.isTextual()) {
          samples =
              new InputAudioAppender(LocalServerConfig.DEFAULT_MAX_APPEND_BYTES)
                  .decode(part, session);
        }
        ((ObjectNode) part).remove("audio");
        if (!part.has("transcript")) {
          ((ObjectNode) part).putNull("transcript");
        }
      }
    }
    return samples == null
        ? null
        : new ServerSession.PendingTurn(AudioClip.of(samples), session.inputRate());
  }

  private static void requireText(ObjectNode json, String field) {
    if (!json.path(field).isTextual()) {
      throw ClientRequestException.invalidValue(
          "item." + field, "Invalid 'item." + field + "': expected a string.");
    }
  }
}
