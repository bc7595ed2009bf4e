package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds server events with the service's field names. Each starts with {@code type} and a fresh
 * {@code event_id}, as every server event carries one.
 */
final class ServerEvents {
  private ServerEvents() {}

  /** A new event of this type. */
  static ObjectNode event(String type) {
    ObjectNode event = ServerJson.object();
    event.put("type", type);
    event.put("event_id", Ids.next("event_"));
    return event;
  }

  /** {@code error}: recoverable, the session stays open. */
  static ObjectNode error(
      String type, String code, String message, String param, String clientEventId) {
    ObjectNode event = event("error");
    ObjectNode error = event.putObject("error");
    error.put("type", type);
    error.put("code", code);
    error.put("message", message);
    error.put("param", param);
    error.put("event_id", clientEventId);
    return event;
  }

  /** {@code session.created} or {@code session.updated} with the full session object. */
  static ObjectNode session(String type, String sessionId, ConnectParams params, ObjectNode json) {
    ObjectNode event = event(type);
    ObjectNode session = event.putObject("session");
    session.put("id", sessionId);
    session.put("object", "realtime.session");
    session.put("model", params.model());
    session.setAll(json.deepCopy());
    if (params.agentMode()) {
      ObjectNode agent = session.putObject("agent");
      agent.put("type", "agent");
      agent.put("name", params.agentName());
      agent.put("agent_id", params.agentName());
      agent.put("thread_id", Ids.next("thread_"));
    }
    return event;
  }

  /** {@code input_audio_buffer.speech_started}. */
  static ObjectNode speechStarted(long audioStartMs, String itemId) {
    ObjectNode event = event("input_audio_buffer.speech_started");
    event.put("audio_start_ms", audioStartMs);
    event.put("item_id", itemId);
    return event;
  }

  /** {@code input_audio_buffer.speech_stopped}. */
  static ObjectNode speechStopped(long audioEndMs, String itemId) {
    ObjectNode event = event("input_audio_buffer.speech_stopped");
    event.put("audio_end_ms", audioEndMs);
    event.put("item_id", itemId);
    return event;
  }

  /** {@code input_audio_buffer.committed}. */
  static ObjectNode committed(String previousItemId, String itemId) {
    ObjectNode event = event("input_audio_buffer.committed");
    event.put("previous_item_id", previousItemId);
    event.put("item_id", itemId);
    return event;
  }

  /** {@code conversation.item.created}. */
  static ObjectNode itemCreated(String previousItemId, ObjectNode item) {
    ObjectNode event = event("conversation.item.created");
    event.put("previous_item_id", previousItemId);
    event.set("item", item);
    return event;
  }

  /** A user message item holding committed audio; no transcription runs locally. */
  static ObjectNode userAudioItem(String itemId) {
    ObjectNode item = ServerJson.object();
    item.put("id", itemId);
    item.put("object", "realtime.item");
    item.put("type", "message");
    item.put("status", "completed");
    item.put("role", "user");
    ObjectNode part = item.putArray("content").addObject();
    part.put("type", "input_audio");
    part.putNull("transcript");
    return item;
  }

  /**
   * {@code conversation.item.input_audio_transcription.completed}, when transcription is on. No
   * speech recognition runs locally: the transcript is a placeholder naming the audio's length.
   */
  static ObjectNode transcription(String itemId, long audioMs) {
    ObjectNode event = event("conversation.item.input_audio_transcription.completed");
    event.put("item_id", itemId);
    event.put("content_index", 0);
    event.put(
        "transcript", String.format(java.util.Locale.ROOT, "[speech %.2f s]", audioMs / 1000.0));
    return event;
  }

  /** An event addressed to one content part of a response item. */
  static ObjectNode partEvent(String type, String responseId, String itemId) {
    ObjectNode event = event(type);
    event.put("response_id", responseId);
    event.put("item_id", itemId);
    event.put("output_index", 0);
    event.put("content_index", 0);
    return event;
  }

  /** An event carrying the response's output item. */
  static ObjectNode outputItemEvent(String type, String responseId, ObjectNode item) {
    ObjectNode event = event(type);
    event.put("response_id", responseId);
    event.put("output_index", 0);
    event.set("item", item);
    return event;
  }
}
