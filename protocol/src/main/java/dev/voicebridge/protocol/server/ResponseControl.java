package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.util.concurrent.EventExecutor;
import java.util.function.Supplier;

/**
 * Starts, queues, interrupts and cancels a session's responses; at most one runs at a time.
 *
 * <p>A client {@code response.create} while one runs is an error ({@code
 * conversation_already_has_active_response}); a VAD turn ending while one runs queues its response
 * until the current one ends. Speech with {@code interrupt_response} cancels the running one
 * ({@code turn_detected}), and with {@code auto_truncate} cuts its item to what realtime playback
 * reached. {@code response.cancel} without a running response (or naming another one) is an error
 * with the service's code {@code response_cancel_not_active}. Confined to the session's event loop.
 */
final class ResponseControl {
  private final LocalServerConfig config;
  private final EventSink sink;
  private final EventExecutor loop;
  private final ServerStats stats;
  private final ConversationStore store;
  private final SampleArrays arrays;
  private final Agent agent;
  private final Supplier<SessionConfig> session;
  private final Supplier<ServerSession.PendingTurn> takePending;

  private ResponseStreamer active;
  private boolean queued;
  private boolean closed;

  /**
   * @param arrays where a turn's array goes back once the reply no longer needs it
   * @param session the session's configuration now
   * @param takePending hands over the user turn still unanswered (or null), and forgets it
   */
  ResponseControl(
      LocalServerConfig config,
      EventSink sink,
      EventExecutor loop,
      ServerStats stats,
      ConversationStore store,
      SampleArrays arrays,
      Supplier<SessionConfig> session,
      Supplier<ServerSession.PendingTurn> takePending) {
    this.config = config;
    this.sink = sink;
    this.loop = loop;
    this.stats = stats;
    this.store = store;
    this.arrays = arrays;
    this.agent = Agents.create(config.agent());
    this.session = session;
    this.takePending = takePending;
  }

  /** A client's {@code response.create}. */
  void create(JsonNode response) {
    if (active != null) {
      throw new ClientRequestException(
          "conversation_already_has_active_response",
          "Conversation already has an active response in progress: "
              + active.responseId()
              + ". Wait until the response is finished before creating a new one.",
          null);
    }
    start(response);
  }

  /** A VAD turn was committed with {@code create_response}: answer now or after the current. */
  void afterTurn() {
    if (active == null) {
      start(null);
    } else {
      queued = true;
    }
  }

  /** Speech started: with {@code interrupt_response} the running response is cancelled. */
  void onSpeechStarted(TurnDetection turnDetection) {
    if (active == null || !turnDetection.interruptResponse()) {
      return;
    }
    ResponseStreamer interrupted = active;
    interrupted.cancel("turn_detected");
    if (turnDetection.autoTruncate()) {
      autoTruncate(interrupted);
    }
  }

  /** A client's {@code response.cancel}. */
  void cancel(JsonNode responseId) {
    boolean matches =
        active != null
            && (responseId == null
                || responseId.isNull()
                || responseId.asText().equals(active.responseId()));
    if (!matches) {
      throw new ClientRequestException(
          "response_cancel_not_active", "Cancellation failed: no active response found.", null);
    }
    queued = false;
    active.cancel("client_cancelled");
  }

  /** Before a truncation: the item still streaming stops, the caller stopped listening to it. */
  void beforeTruncate(String itemId) {
    if (active != null && active.item().id().equals(itemId)) {
      active.cancel("client_cancelled");
    }
  }

  /** Resumes a response that waited for the channel to become writable. */
  void onWritable() {
    if (active != null) {
      active.onWritable();
    }
  }

  /** Stops the running response's timer; nothing starts afterwards. */
  void close() {
    closed = true;
    if (active != null) {
      active.dispose();
    }
  }

  private void start(JsonNode response) {
    SessionConfig config = session.get();
    ResponseOptions options = ResponseOptions.of(response, config);
    ServerSession.PendingTurn turn = takePending.get();
    int rate = options.format().sampleRate();
    Agent.Reply reply =
        turn == null
            ? agent.reply(null, rate, rate)
            : agent.reply(turn.audio(), turn.sampleRate(), rate);
    long inputMs = turn == null ? 0 : turn.audio().durationMs(turn.sampleRate());
    if (turn != null && reply.audio().samples() != turn.audio().samples()) {
      arrays.giveBack(turn.audio().samples());
    }
    ResponseSpec spec =
        new ResponseSpec(
            reply,
            options.format(),
            inputMs,
            options.instructions(),
            options.settings(),
            options.inConversation());
    active = new ResponseStreamer(sink, loop, this.config, spec, this::onFinished);
    stats.responseStarted();
    active.start(store);
  }

  private void onFinished() {
    active = null;
    if (queued && !closed) {
      queued = false;
      start(null);
    }
  }

  /** What {@code auto_truncate} does: the item keeps only what the caller heard. */
  private void autoTruncate(ResponseStreamer interrupted) {
    ConversationItem item = interrupted.item();
    if (!store.contains(item.id())) {
      return;
    }
    long playedMs = interrupted.playedMs(System.nanoTime());
    item.truncateAtMs(playedMs);
    ObjectNode truncated = ServerEvents.event("conversation.item.truncated");
    truncated.put("item_id", item.id());
    truncated.put("content_index", 0);
    truncated.put("audio_end_ms", playedMs);
    sink.send(truncated);
  }
}
