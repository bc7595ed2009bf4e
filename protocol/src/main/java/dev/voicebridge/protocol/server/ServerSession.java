package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.util.concurrent.EventExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One realtime session: dispatches client events and drives the input audio, the VAD turns, the
 * conversation and the responses. Confined to the connection's event loop.
 *
 * <p>States: open (after {@code session.created}), then per turn: idle, speaking (between {@code
 * speech_started} and {@code speech_stopped}), responding (see {@link ResponseControl}); closed
 * once the connection is gone.
 */
final class ServerSession implements InputAudioStream.Listener {
  private static final Logger log = LoggerFactory.getLogger(ServerSession.class);

  private final ConnectParams params;
  private final EventSink sink;
  private final ServerStats stats;
  private final String sessionId = Ids.next("sess_");
  private final SampleArrays arrays = new SampleArrays();
  private final ConversationStore store = new ConversationStore(arrays);
  private final InputAudioStream input;
  private final InputAudioAppender appender;
  private final ConversationRequests conversation;
  private final ResponseControl responses;

  private SessionConfig session = SessionConfig.defaults();
  private String speechItemId;
  private PendingTurn pending;

  /** A committed user turn not yet answered: what the echo agent replies with. */
  record PendingTurn(AudioClip audio, int sampleRate) {}

  ServerSession(
      LocalServerConfig config,
      ConnectParams params,
      EventSink sink,
      EventExecutor loop,
      ServerStats stats) {
    this.params = params;
    this.sink = sink;
    this.stats = stats;
    this.input = new InputAudioStream(this, arrays, config.maxBufferedAudioMs());
    this.appender = new InputAudioAppender(config.maxAppendBytes());
    this.responses =
        new ResponseControl(
            config, sink, loop, stats, store, arrays, () -> session, this::takePending);
    this.conversation = new ConversationRequests(store, sink, responses::beforeTruncate);
    input.configure(session);
  }

  /** Sends {@code session.created}: the first event of every session. */
  void open() {
    sink.send(ServerEvents.session("session.created", sessionId, params, session.json()));
    sink.flush();
  }

  /** Handles one client event (a parsed text frame). */
  void onEvent(JsonNode event) {
    String eventId = event.path("event_id").isTextual() ? event.get("event_id").asText() : null;
    try {
      dispatch(event);
    } catch (ClientRequestException e) {
      sendError(e, eventId);
    } catch (RuntimeException e) {
      log.warn("session {} failed on a client event", sessionId, e);
      sendError(
          new ClientRequestException("server_error", "server_error", "Internal error.", null),
          eventId);
    }
  }

  /**
   * Appends the first {@code length} bytes of audio that {@link AppendFastPath} already took out
   * of a frame, converting them in {@code scratch}.
   *
   * @return false if the bytes do not fit the input format (an odd PCM16 count): the caller then
   *     handles the frame as a general event, which reports the error
   */
  boolean appendDecoded(byte[] bytes, int length, AppendScratch scratch) {
    int samples = AudioConversions.decodeInput(session.inputFormat(), bytes, length, scratch);
    if (samples < 0) {
      return false;
    }
    input.append(scratch.samples(samples), samples);
    return true;
  }

  /** Answers a text frame that is not JSON. */
  void onMalformed(String problem) {
    sendError(
        new ClientRequestException(
            "invalid_json", "The server could not parse the event as JSON: " + problem, null),
        null);
  }

  /** Answers a binary frame: the protocol is JSON text only. */
  void onBinaryFrame() {
    sendError(
        new ClientRequestException(
            "invalid_value",
            "Binary frames are not supported: send JSON events as text frames, audio in base64.",
            null),
        null);
  }

  /** Resumes a response that waited for the channel to become writable. */
  void onWritable() {
    responses.onWritable();
  }

  /** Releases everything: the response timer, the buffered audio. Idempotent. */
  void close() {
    responses.close();
    input.clear();
    pending = null;
  }

  private void dispatch(JsonNode event) {
    if (!event.isObject()) {
      throw new ClientRequestException(
          "invalid_value", "Invalid event: expected a JSON object with a 'type'.", null);
    }
    JsonNode type = event.get("type");
    if (type == null || !type.isTextual()) {
      throw new ClientRequestException(
          "missing_required_parameter", "Missing required parameter: 'type'.", "type");
    }
    switch (type.asText()) {
      case "input_audio_buffer.append" -> input.append(appender.decode(event, session));
      case "session.update" -> updateSession(event.get("session"));
      case "input_audio_buffer.commit" -> commitManually();
      case "input_audio_buffer.clear" -> {
        input.clear();
        sink.send(ServerEvents.event("input_audio_buffer.cleared"));
      }
      case "response.create" -> responses.create(event.get("response"));
      case "response.cancel" -> responses.cancel(event.get("response_id"));
      case "conversation.item.create" -> pendFrom(conversation.create(event, session));
      case "conversation.item.retrieve" -> conversation.retrieve(event);
      case "conversation.item.delete" -> conversation.delete(event);
      case "conversation.item.truncate" -> conversation.truncate(event);
      default ->
          throw new ClientRequestException(
              "invalid_value",
              "Invalid value: '"
                  + type.asText()
                  + "'. This server supports session.update,"
                  + " input_audio_buffer.*, conversation.item.*, response.create and"
                  + " response.cancel.",
              "type");
    }
  }

  private void updateSession(JsonNode update) {
    session = SessionConfigMerger.merge(session, update);
    input.configure(session);
    sink.send(ServerEvents.session("session.updated", sessionId, params, session.json()));
  }

  private void commitManually() {
    if (input.bufferedMs() < 100) {
      throw new ClientRequestException(
          "input_audio_buffer_commit_empty",
          "Error committing input audio buffer: buffer too small. Expected at least 100ms of"
              + " audio, but buffer only has "
              + input.bufferedMs()
              + "ms of audio.",
          null);
    }
    String itemId = input.speaking() ? speechItemId : Ids.next("item_");
    commitTurn(itemId, input.commitAll());
  }

  @Override
  public void onSpeechStarted(long audioStartMs) {
    speechItemId = Ids.next("item_");
    sink.send(ServerEvents.speechStarted(audioStartMs, speechItemId));
    responses.onSpeechStarted(session.turnDetection());
  }

  @Override
  public void onSpeechStopped(long audioEndMs, AudioClip audio) {
    sink.send(ServerEvents.speechStopped(audioEndMs, speechItemId));
    commitTurn(speechItemId, audio);
    if (session.turnDetection().createResponse()) {
      responses.afterTurn();
    }
  }

  private void commitTurn(String itemId, AudioClip audio) {
    ObjectNode item = ServerEvents.userAudioItem(itemId);
    String previous = store.add(new ConversationItem(itemId, item), null);
    sink.send(ServerEvents.committed(previous, itemId));
    sink.send(ServerEvents.itemCreated(previous, item.deepCopy()));
    pendFrom(new PendingTurn(audio, input.sampleRate()));
    if (!session.json().path("input_audio_transcription").isNull()) {
      sink.send(ServerEvents.transcription(itemId, audio.durationMs(input.sampleRate())));
    }
  }

  private PendingTurn takePending() {
    PendingTurn turn = pending;
    pending = null;
    return turn;
  }

  /** Makes a turn the one to answer; an unanswered earlier one is dropped and its array reused. */
  private void pendFrom(PendingTurn turn) {
    if (turn != null) {
      if (pending != null) {
        arrays.giveBack(pending.audio().samples());
      }
      pending = turn;
    }
  }

  private void sendError(ClientRequestException e, String clientEventId) {
    stats.errorSent();
    sink.send(ServerEvents.error(e.type(), e.code(), e.getMessage(), e.param(), clientEventId));
  }
}
