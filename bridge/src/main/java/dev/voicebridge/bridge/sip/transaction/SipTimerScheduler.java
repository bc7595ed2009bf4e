package dev.voicebridge.bridge.sip.transaction;

import io.netty.channel.EventLoop;

/**
 * Schedules the timers of the transactions and dialogs confined to one event loop. Tests pass a
 * scheduler over an {@code EmbeddedChannel}'s loop and move time with {@code advanceTimeBy}.
 */
public interface SipTimerScheduler {
  /**
   * Runs {@code task} on {@link #executor()} after {@code delayMillis}, unless cancelled first.
   */
  SipTimer schedule(Runnable task, long delayMillis);

  /** The event loop timers fire on, and the one its transactions and dialogs are confined to. */
  EventLoop executor();
}
