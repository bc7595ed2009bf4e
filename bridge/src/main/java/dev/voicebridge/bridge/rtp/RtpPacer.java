package dev.voicebridge.bridge.rtp;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import io.netty.util.concurrent.Ticker;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one frame clock of an event loop: every {@code periodMs} it asks each stream registered on
 * the loop to send its next frame, then to take its next inbound frame. One scheduled task per
 * loop, not one timer per call.
 *
 * <p><b>Timing.</b> The n-th tick is aimed at {@code start + n * period} on the loop's {@link
 * Ticker} ({@code System.nanoTime()} in production), never at "now + period", so lateness does not
 * accumulate as drift. A late loop catches up: missed ticks run back to back, at most {@code
 * maxFramesPerTick} per run, so no stream gets more than that many frames in one burst. Beyond
 * {@code maxLagTicks} the backlog is dropped (counted) rather than sent.
 *
 * <p><b>Phases.</b> All sends of a tick come before all receives, so decode and upstream work of
 * early streams does not delay the packets of later ones.
 *
 * <p><b>Measurement.</b> The interval between consecutive sends of each stream is recorded, as its
 * deviation from the period, in one HdrHistogram per loop ({@link #stats()}).
 *
 * <p><b>Overload.</b> A pacer that has stayed two periods or more behind ({@link
 * #OVERLOAD_BEHIND_TICKS}) for {@link #OVERLOAD_AFTER_NANOS} without catching up, or has dropped
 * ticks, is overloaded: its loop cannot serve the calls it has, and they are about to lose audio.
 * It says so for {@link #OVERLOAD_HOLD_NANOS} afterwards ({@link #isOverloaded}), so that new
 * calls can be refused instead of degrading the rest. A single stall (a GC pause, a burst of call
 * set-ups) is caught up within a few runs and does not count. The thresholds were raised from one
 * period for 0.5 s after load runs: that also refused most calls while the JIT was still compiling
 * after a start, though none of the calls of those runs lost audio.
 *
 * <p>Threading: everything runs on the loop, except {@link #isOverloaded}; {@link #register} and
 * {@link Registration#cancel()} must be called there. The clock and scheduler are the loop's, so
 * tests drive it with an {@code EmbeddedChannel} built with a mock {@link Ticker}.
 */
public final class RtpPacer {
  private static final Logger logger = LoggerFactory.getLogger(RtpPacer.class);
  private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

  /**
   * How long a pacer may stay {@link #OVERLOAD_BEHIND_TICKS} behind before it counts as
   * overloaded.
   */
  public static final long OVERLOAD_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);

  /** Ticks due at once (this run's own included) that count as behind: two periods late. */
  public static final int OVERLOAD_BEHIND_TICKS = 3;

  /** How long an overloaded pacer keeps saying so after the last sign of it. */
  public static final long OVERLOAD_HOLD_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** A stream served by the pacer. Both methods run on the loop and must not block. */
  public interface PacedStream {
    /** Sends this period's frame (or nothing). */
    void onSendTick();

    /** Takes this period's inbound frame; called after every stream has sent. */
    default void onReceiveTick() {}
  }

  /** A stream's place on the pacer; {@link #cancel()} removes it. */
  public final class Registration {
    private final PacedStream stream;
    private int index;
    private long lastSendNanos;
    private boolean sentBefore;
    private boolean cancelled;

    private Registration(PacedStream stream, int index) {
      this.stream = stream;
      this.index = index;
    }

    /** Stops ticking the stream; idempotent; safe from inside its own tick. Loop only. */
    public void cancel() {
      checkInLoop();
      if (cancelled) {
        return;
      }
      cancelled = true;
      if (ticking) {
        removalsPending = true; // compacted after the tick, so the iteration stays valid
      } else {
        removeAt(index);
      }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
      return cancelled;
    }
  }

  private final EventExecutor loop;
  private final Ticker ticker;
  private final long periodNanos;
  private final int maxFramesPerTick;
  private final int maxLagTicks;
  private final Runnable tickTask = this::run;
  private final Histogram deviation = new Histogram(HIGHEST_MICROS, 3);
  private Registration[] streams = new Registration[64];
  private int count;
  private boolean ticking;
  private boolean removalsPending;
  private ScheduledFuture<?> next;
  private long startNanos;
  private long ticksDone; // ticks executed since start

  private long ticks;
  private long catchUpTicks;
  private long skippedTicks;
  private long behindSinceNanos; // when the current run of late ticks began; 0 when on time
  // Written by the loop, read by whichever loop takes a new call; starts as "until now".
  private volatile long overloadedUntilNanos;

  /**
   * A pacer for one event loop.
   *
   * @param loop the event loop whose calls it serves; also its clock and scheduler
   * @param config period and catch-up policy
   */
  public RtpPacer(EventExecutor loop, RtpPacerConfig config) {
    this.loop = Objects.requireNonNull(loop, "loop");
    this.ticker = loop.ticker();
    this.periodNanos = TimeUnit.MILLISECONDS.toNanos(config.periodMs());
    this.maxFramesPerTick = config.maxFramesPerTick();
    this.maxLagTicks = config.maxLagTicks();
    this.overloadedUntilNanos = ticker.nanoTime();
  }

  /** The event loop this pacer serves. */
  public EventExecutor loop() {
    return loop;
  }

  /**
   * Starts ticking {@code stream}, from the next tick (at once if the pacer was idle). Loop only.
   */
  public Registration register(PacedStream stream) {
    checkInLoop();
    Objects.requireNonNull(stream, "stream");
    if (count == streams.length) {
      streams = Arrays.copyOf(streams, count * 2);
    }
    Registration registration = new Registration(stream, count);
    streams[count++] = registration;
    if (next == null && !ticking) {
      startNanos = ticker.nanoTime();
      ticksDone = 0;
      behindSinceNanos = 0;
      next = loop.schedule(tickTask, 0, TimeUnit.NANOSECONDS);
    }
    return registration;
  }

  private void removeAt(int index) {
    Registration last = streams[--count];
    streams[index] = last;
    last.index = index;
    streams[count] = null;
    if (count == 0 && next != null) {
      next.cancel(false); // idle loops do not tick
      next = null;
    }
  }

  private void run() {
    next = null;
    long now = ticker.nanoTime();
    long due = (now - startNanos) / periodNanos + 1; // ticks whose deadline has passed
    long behind = due - ticksDone;
    trackOverload(now, behind);
    if (behind > maxLagTicks) {
      skippedTicks += behind - 1;
      ticksDone = due - 1;
      behind = 1;
      markOverloaded(now);
    }
    long runs = Math.min(behind, maxFramesPerTick);
    for (long i = 0; i < runs; i++) {
      if (now - (startNanos + ticksDone * periodNanos) >= periodNanos) {
        catchUpTicks++;
      }
      tick();
      ticksDone++;
    }
    if (count > 0) {
      long delay = startNanos + ticksDone * periodNanos - ticker.nanoTime();
      next = loop.schedule(tickTask, Math.max(0, delay), TimeUnit.NANOSECONDS);
    }
  }

  /** {@code behind} counts this run's own tick: 1 is on time, 2 a period late, 3 two periods. */
  private void trackOverload(long now, long behind) {
    if (behind < OVERLOAD_BEHIND_TICKS) {
      behindSinceNanos = 0;
    } else if (behindSinceNanos == 0) {
      behindSinceNanos = now;
    } else if (now - behindSinceNanos >= OVERLOAD_AFTER_NANOS) {
      markOverloaded(now);
    }
  }

  private void markOverloaded(long now) {
    overloadedUntilNanos = now + OVERLOAD_HOLD_NANOS;
  }

  /**
   * Whether this pacer was overloaded within the last {@link #OVERLOAD_HOLD_NANOS}, on the loop's
   * {@link Ticker}. Safe from any thread: one volatile read.
   */
  public boolean isOverloaded() {
    return ticker.nanoTime() - overloadedUntilNanos < 0;
  }

  private void tick() {
    ticks++;
    ticking = true;
    int n = count; // streams registered during the tick start next time
    try {
      for (int i = 0; i < n; i++) {
        Registration registration = streams[i];
        if (!registration.cancelled) {
          recordInterval(registration);
          try {
            registration.stream.onSendTick();
          } catch (RuntimeException e) {
            evict(registration, e);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        Registration registration = streams[i];
        if (!registration.cancelled) {
          try {
            registration.stream.onReceiveTick();
          } catch (RuntimeException e) {
            evict(registration, e);
          }
        }
      }
    } finally {
      ticking = false;
      if (removalsPending) {
        compact();
      }
    }
  }

  /** A failing stream must not stop the clock of every other call on the loop. */
  private void evict(Registration registration, RuntimeException e) {
    logger.error("RTP stream {} failed on its tick; no longer paced", registration.stream, e);
    registration.cancel();
  }

  private void recordInterval(Registration registration) {
    long now = ticker.nanoTime();
    if (registration.sentBefore) {
      long micros = Math.abs(now - registration.lastSendNanos - periodNanos) / 1000;
      deviation.recordValue(Math.min(micros, HIGHEST_MICROS));
    }
    registration.lastSendNanos = now;
    registration.sentBefore = true;
  }

  private void compact() {
    removalsPending = false;
    int kept = 0;
    for (int i = 0; i < count; i++) {
      Registration registration = streams[i];
      if (!registration.cancelled) {
        registration.index = kept;
        streams[kept++] = registration;
      }
    }
    Arrays.fill(streams, kept, count, null);
    count = kept;
    // run() reschedules only while streams remain.
  }

  private void checkInLoop() {
    if (!loop.inEventLoop()) {
      throw new IllegalStateException("RtpPacer used outside its event loop");
    }
  }

  /** Streams registered now. Loop only. */
  public int streamCount() {
    return count;
  }

  /** A snapshot of the pacer's counters and send-interval deviation. Loop only. */
  public RtpPacerStats stats() {
    checkInLoop();
    return new RtpPacerStats(
        count,
        ticks,
        catchUpTicks,
        skippedTicks,
        deviation.getValueAtPercentile(50),
        deviation.getValueAtPercentile(99),
        deviation.getMaxValue());
  }

  /** {@link #stats()} from any thread: runs on the loop. */
  public Future<RtpPacerStats> statsAsync() {
    return loop.submit(this::stats);
  }
}
