package dev.voicebridge.protocol.client;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;

/**
 * Episodes of a full send queue. Every refused audio frame is counted; the listener hears once
 * when an episode starts (the first refusal) and once when it ends (the channel is writable
 * again, below half the soft limit), with the number of frames lost in between, so a call can
 * log one line per stall instead of fifty a second.
 */
final class BackpressureEpisodes {

  private final RealRealtimeSession session;
  private final SessionCounters counters;
  private final Runnable start = this::start;
  // Read by threads sending audio, so they do not hop to the loop on every refused frame.
  private volatile boolean active;
  private long droppedBefore;

  BackpressureEpisodes(RealRealtimeSession session, SessionCounters counters) {
    this.session = session;
    this.counters = counters;
  }

  /** An audio frame was refused; may be called from any thread. */
  void audioDropped() {
    counters.audioFramesDropped.increment();
    if (!active) {
      EventLoop loop = session.eventLoop();
      if (loop.inEventLoop()) {
        start();
      } else {
        loop.execute(start);
      }
    }
  }

  /** The channel's writability changed; on the loop. */
  void writabilityChanged(Channel channel) {
    if (active && channel.isWritable()) {
      active = false;
      session.backpressureRelieved(counters.audioFramesDropped.sum() - droppedBefore);
    }
  }

  private void start() {
    if (active || !session.isOpen() || session.isWritable()) {
      return;
    }
    active = true;
    droppedBefore = counters.audioFramesDropped.sum() - 1;
    counters.backpressureEpisodes.increment();
    session.backpressureStarted();
  }
}
