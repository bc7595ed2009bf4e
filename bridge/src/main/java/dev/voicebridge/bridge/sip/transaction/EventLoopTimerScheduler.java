package dev.voicebridge.bridge.sip.transaction;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Schedules SIP timers on a Netty event loop and counts those pending, so the bridge's leak report
 * can prove that every timer ended (fired or was cancelled) with its transaction or dialog.
 */
public final class EventLoopTimerScheduler implements SipTimerScheduler {
  private final EventLoop executor;
  private final AtomicInteger pendingTimers;

  /**
   * Creates a scheduler.
   *
   * @param executor the event loop the timers fire on
   * @param pendingTimers the count of pending timers, shared by all schedulers of one SIP server
   */
  public EventLoopTimerScheduler(EventLoop executor, AtomicInteger pendingTimers) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.pendingTimers = Objects.requireNonNull(pendingTimers, "pendingTimers");
  }

  @Override
  public SipTimer schedule(Runnable task, long delayMillis) {
    PendingTimer timer = new PendingTimer(task);
    pendingTimers.incrementAndGet();
    timer.future = executor.schedule(timer, delayMillis, TimeUnit.MILLISECONDS);
    return timer;
  }

  @Override
  public EventLoop executor() {
    return executor;
  }

  /** Confined to the event loop: {@code done} needs no synchronisation. */
  private final class PendingTimer implements Runnable, SipTimer {
    private final Runnable task;
    private ScheduledFuture<?> future;
    private boolean done;

    PendingTimer(Runnable task) {
      this.task = Objects.requireNonNull(task, "task");
    }

    @Override
    public void run() {
      if (finish()) {
        task.run();
      }
    }

    @Override
    public void cancel() {
      if (finish()) {
        future.cancel(false);
      }
    }

    private boolean finish() {
      if (done) {
        return false;
      }
      done = true;
      pendingTimers.decrementAndGet();
      return true;
    }
  }
}
