package dev.voicebridge.protocol.server;

import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of one {@link LocalVoiceLiveServer}, updated from every event loop without locks.
 */
final class ServerStats {
  private final LongAdder sessionsOpen = new LongAdder();
  private final LongAdder sessionsTotal = new LongAdder();
  private final LongAdder handshakesRejected = new LongAdder();
  private final LongAdder eventsIn = new LongAdder();
  private final LongAdder eventsOut = new LongAdder();
  private final LongAdder errorsSent = new LongAdder();
  private final LongAdder responses = new LongAdder();

  void sessionOpened() {
    sessionsOpen.increment();
    sessionsTotal.increment();
  }

  void sessionClosed() {
    sessionsOpen.decrement();
  }

  void handshakeRejected() {
    handshakesRejected.increment();
  }

  void eventIn() {
    eventsIn.increment();
  }

  void eventOut() {
    eventsOut.increment();
  }

  void errorSent() {
    errorsSent.increment();
  }

  void responseStarted() {
    responses.increment();
  }

  ServerStatsSnapshot snapshot() {
    return new ServerStatsSnapshot(
        sessionsOpen.sum(),
        sessionsTotal.sum(),
        handshakesRejected.sum(),
        eventsIn.sum(),
        eventsOut.sum(),
        errorsSent.sum(),
        responses.sum());
  }
}
