package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Streams one response with the service's event sequence, on the session's event loop.
 *
 * <p>Sequence: {@code response.created}, {@code response.output_item.added}, {@code
 * conversation.item.created}, {@code response.content_part.added}, then the audio as {@code
 * response.audio.delta}s (the transcript delta follows the first one), then {@code
 * response.audio.done}, {@code response.audio_transcript.done}, {@code response.content_part.done},
 * {@code response.output_item.done} and {@code response.done} with usage. A cancelled response
 * stops its deltas and ends with the same closing events, the item {@code incomplete} and the
 * response {@code cancelled} with a reason.
 *
 * <p>Pacing: the first delta goes at once; each further one {@code chunkMs / speedup} later, by a
 * timer on the event loop, so the service's faster-than-realtime streaming is reproduced without
 * ever blocking the loop. With an infinite speedup all deltas go in one burst. While the channel is
 * not writable the streamer stops and {@link #onWritable()} resumes it.
 */
final class ResponseStreamer {
  private final EventSink sink;
  private final EventExecutor loop;
  private final ResponseSpec spec;
  private final Runnable onFinished;
  private final String responseId = Ids.next("resp_");
  private final ConversationItem item;
  private final AudioClip audio;
  private final int chunkSamples;
  private final long intervalNanos;

  private int sent;
  private long firstDeltaNanos;
  private ScheduledFuture<?> timer;
  private boolean waitingForWritability;
  private boolean finished;

  /**
   * Prepares a response; nothing is sent before {@link #start}.
   *
   * @param onFinished runs once the response is done, cancelled or disposed
   */
  ResponseStreamer(
      EventSink sink,
      EventExecutor loop,
      LocalServerConfig config,
      ResponseSpec spec,
      Runnable onFinished) {
    this.sink = sink;
    this.loop = loop;
    this.spec = spec;
    this.onFinished = onFinished;
    this.audio = spec.reply().audio();
    this.chunkSamples = spec.format().sampleRate() * config.outputChunkMs() / 1000;
    this.intervalNanos =
        Double.isInfinite(config.outputSpeedup())
            ? 0
            : (long) (config.outputChunkMs() * 1_000_000L / config.outputSpeedup());
    String itemId = Ids.next("item_");
    this.item = new ConversationItem(itemId, assistantItem(itemId, "in_progress", null));
    item.attachAudio(audio, spec.format());
  }

  String responseId() {
    return responseId;
  }

  /** The assistant item this response generates. */
  ConversationItem item() {
    return item;
  }

  boolean finished() {
    return finished;
  }

  /**
   * How much of the item a client playing in realtime has played by now: the wall-clock time since
   * the first delta, at most the audio generated. Only {@code auto_truncate} uses this; all other
   * timing in the server counts samples.
   */
  long playedMs(long nowNanos) {
    long elapsedMs = sent == 0 ? 0 : (nowNanos - firstDeltaNanos) / 1_000_000;
    return Math.min(item.generatedMs(), elapsedMs);
  }

  /** Sends the opening events and the first delta; adds the item to the conversation. */
  void start(ConversationStore store) {
    sink.send(responseEvent("response.created", "in_progress", null, false));
    sink.send(ServerEvents.outputItemEvent("response.output_item.added", responseId, copy()));
    if (spec.inConversation()) {
      String previous = store.add(item, null);
      sink.send(ServerEvents.itemCreated(previous, copy()));
    }
    ObjectNode added = ServerEvents.partEvent("response.content_part.added", responseId, item.id());
    added.set("part", part(""));
    sink.send(added);
    sendChunks();
  }

  /** Resumes after the channel became writable again. */
  void onWritable() {
    if (waitingForWritability && !finished) {
      waitingForWritability = false;
      sendChunks();
    }
  }

  /**
   * Cancels the response if still streaming.
   *
   * @param reason {@code turn_detected} or {@code client_cancelled}
   * @return false if it had already finished
   */
  boolean cancel(String reason) {
    if (finished) {
      return false;
    }
    stopTimer();
    finish("cancelled", reason);
    return true;
  }

  /** Stops silently: the connection is gone. */
  void dispose() {
    if (!finished) {
      finished = true;
      item.streamingEnded();
      stopTimer();
      onFinished.run();
    }
  }

  private void sendChunks() {
    timer = null;
    do {
      if (!sink.writable()) {
        waitingForWritability = true;
        sink.flush();
        return;
      }
      sendChunk();
    } while (intervalNanos == 0 && sent < audio.length());
    if (sent >= audio.length()) {
      finish("completed", null);
    } else {
      timer = loop.schedule(this::sendChunks, intervalNanos, TimeUnit.NANOSECONDS);
    }
    sink.flush();
  }

  private void sendChunk() {
    int to = Math.min(audio.length(), sent + chunkSamples);
    sink.sendAudioDelta(responseId, item.id(), spec.format(), audio.samples(), sent, to);
    if (sent == 0) {
      firstDeltaNanos = System.nanoTime();
      ObjectNode text =
          ServerEvents.partEvent("response.audio_transcript.delta", responseId, item.id());
      text.put("delta", spec.reply().transcript());
      sink.send(text);
    }
    sent = to;
    item.generatedUpTo(sent);
  }

  private void finish(String status, String reason) {
    finished = true;
    item.streamingEnded();
    String itemStatus = status.equals("completed") ? "completed" : "incomplete";
    item.replaceJson(assistantItem(item.id(), itemStatus, spec.reply().transcript()));
    sink.send(ServerEvents.partEvent("response.audio.done", responseId, item.id()));
    ObjectNode transcript =
        ServerEvents.partEvent("response.audio_transcript.done", responseId, item.id());
    transcript.put("transcript", spec.reply().transcript());
    sink.send(transcript);
    ObjectNode partDone =
        ServerEvents.partEvent("response.content_part.done", responseId, item.id());
    partDone.set("part", part(spec.reply().transcript()));
    sink.send(partDone);
    sink.send(ServerEvents.outputItemEvent("response.output_item.done", responseId, copy()));
    ObjectNode done = responseEvent("response.done", status, reason, true);
    sink.send(done);
    sink.flush();
    onFinished.run();
  }

  private ObjectNode responseEvent(String type, String status, String reason, boolean done) {
    ObjectNode event = ServerEvents.event(type);
    ObjectNode response = event.putObject("response");
    response.put("id", responseId);
    response.put("object", "realtime.response");
    response.put("status", status);
    if (reason == null) {
      response.putNull("status_details");
    } else {
      ObjectNode details = response.putObject("status_details");
      details.put("type", status);
      details.put("reason", reason);
    }
    if (done) {
      response.putArray("output").add(copy());
      response.set("usage", ResponseUsage.estimate(spec, item.generatedMs()));
    } else {
      response.putArray("output");
      response.putNull("usage");
    }
    response.setAll(spec.settings().deepCopy());
    return event;
  }

  private ObjectNode copy() {
    return item.json();
  }

  private static ObjectNode part(String transcript) {
    ObjectNode part = ServerJson.object();
    part.put("type", "audio");
    part.put("transcript", transcript);
    return part;
  }

  private static ObjectNode assistantItem(String id, String status, String transcript) {
    ObjectNode json = ServerJson.object();
    json.put("id", id);
    json.put("object", "realtime.item");
    json.put("type", "message");
    json.put("status", status);
    json.put("role", "assistant");
    if (transcript == null) {
      json.putArray("content");
    } else {
      json.putArray("content").add(part(transcript));
    }
    return json;
  }

  private void stopTimer() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
