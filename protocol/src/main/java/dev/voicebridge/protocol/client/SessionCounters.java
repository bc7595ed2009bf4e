package dev.voicebridge.protocol.client;

import java.util.concurrent.atomic.LongAdder;

/**
 * A session's counters. Mostly bumped on the session's event loop, but audio may be sent from
 * other threads, so they are adders rather than plain fields.
 */
final class SessionCounters {

  final LongAdder audioFramesSent = new LongAdder();
  final LongAdder audioFramesDropped = new LongAdder();
  final LongAdder backpressureEpisodes = new LongAdder();
  final LongAdder eventsSent = new LongAdder();
  final LongAdder eventsReceived = new LongAdder();
  final LongAdder unknownEvents = new LongAdder();
  final LongAdder malformedFrames = new LongAdder();
  final LongAdder binaryFramesIgnored = new LongAdder();

  RealtimeSessionStats snapshot() {
    return new RealtimeSessionStats(
        audioFramesSent.sum(),
        audioFramesDropped.sum(),
        backpressureEpisodes.sum(),
        eventsSent.sum(),
        eventsReceived.sum(),
        unknownEvents.sum(),
        malformedFrames.sum(),
        binaryFramesIgnored.sum());
  }
}
