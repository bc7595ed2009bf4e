package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.protocol.event.ServerEvent;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A listener that queues every callback for a test to assert in order, okhttp {@code
 * WebSocketRecorder} style, and notes any callback made off the session's event loop.
 */
final class RecordingRealtimeListener extends RealtimeListener {

  private static final long WAIT_SECONDS = 10;

  /** One recorded callback. */
  sealed interface Call {}

  record Open(HttpHeaders headers) implements Call {}

  record Event(ServerEvent event) implements Call {}

  record Backpressure(long queuedBytes) implements Call {}

  record Relieved(long droppedAudioFrames) implements Call {}

  record Closing(int code, String reason) implements Call {}

  record Closed(int code, String reason) implements Call {}

  record Failure(VoiceLiveException failure) implements Call {}

  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final List<String> offLoopCalls = new CopyOnWriteArrayList<>();
  private volatile RealtimeListener next = new RealtimeListener() {};

  /**
   * Also passes every callback to another listener, after recording it, for tests that act from
   * inside a callback.
   */
  void forwardTo(RealtimeListener listener) {
    this.next = listener;
  }

  @Override
  public void onOpen(RealtimeSession session, HttpHeaders responseHeaders) {
    record(session, "onOpen", new Open(responseHeaders));
    next.onOpen(session, responseHeaders);
  }

  @Override
  public void onEvent(RealtimeSession session, ServerEvent event) {
    record(session, "onEvent", new Event(event));
    next.onEvent(session, event);
  }

  @Override
  public void onBackpressure(RealtimeSession session, long queuedBytes) {
    record(session, "onBackpressure", new Backpressure(queuedBytes));
    next.onBackpressure(session, queuedBytes);
  }

  @Override
  public void onBackpressureRelieved(RealtimeSession session, long droppedAudioFrames) {
    record(session, "onBackpressureRelieved", new Relieved(droppedAudioFrames));
    next.onBackpressureRelieved(session, droppedAudioFrames);
  }

  @Override
  public void onClosing(RealtimeSession session, int code, String reason) {
    record(session, "onClosing", new Closing(code, reason));
    next.onClosing(session, code, reason);
  }

  @Override
  public void onClosed(RealtimeSession session, int code, String reason) {
    record(session, "onClosed", new Closed(code, reason));
    next.onClosed(session, code, reason);
  }

  @Override
  public void onFailure(RealtimeSession session, VoiceLiveException failure) {
    record(session, "onFailure", new Failure(failure));
    next.onFailure(session, failure);
  }

  HttpHeaders assertOpen() {
    return next(Open.class).headers();
  }

  <T extends ServerEvent> T assertEvent(Class<T> type) {
    ServerEvent event = next(Event.class).event();
    assertThat(event).isInstanceOf(type);
    return type.cast(event);
  }

  ServerEvent assertEvent() {
    return next(Event.class).event();
  }

  long assertBackpressure() {
    return next(Backpressure.class).queuedBytes();
  }

  long assertBackpressureRelieved() {
    return next(Relieved.class).droppedAudioFrames();
  }

  void assertClosing(int code, String reason) {
    assertThat(next(Closing.class)).isEqualTo(new Closing(code, reason));
  }

  void assertClosed(int code, String reason) {
    assertThat(next(Closed.class)).isEqualTo(new Closed(code, reason));
  }

  VoiceLiveException assertFailure(VoiceLiveException.Kind kind) {
    VoiceLiveException failure = next(Failure.class).failure();
    assertThat(failure.kind()).as("failure kind of %s", failure).isEqualTo(kind);
    return failure;
  }

  /**
   * Asserts nothing else was recorded, after letting the session's loop run what it had queued.
   */
  void assertExhausted(RealtimeSession session) {
    session.eventLoop().submit(() -> { }).syncUninterruptibly();
    assertThat(calls).as("unexpected callbacks").isEmpty();
    assertThat(offLoopCalls).as("callbacks off the event loop").isEmpty();
  }

  /** Asserts nothing else was recorded, for sessions on an {@code EmbeddedChannel}'s loop. */
  void assertExhaustedNow() {
    assertThat(calls).as("unexpected callbacks").isEmpty();
    assertThat(offLoopCalls).as("callbacks off the event loop").isEmpty();
  }

  private void record(RealtimeSession session, String name, Call call) {
    if (!session.eventLoop().inEventLoop()) {
      offLoopCalls.add(name + " on " + Thread.currentThread().getName());
    }
    calls.add(call);
  }

  private <T extends Call> T next(Class<T> type) {
    Call call;
    try {
      call = calls.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(call).as("next callback, expecting %s", type.getSimpleName()).isNotNull();
    assertThat(call).as("next callback").isInstanceOf(type);
    assertThat(offLoopCalls).as("callbacks off the event loop").isEmpty();
    return type.cast(call);
  }
}
