package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RtpPacerTest {
  private final MockTicker ticker = Ticker.newMockTicker();
  private final EmbeddedChannel channel = EmbeddedChannel.builder().ticker(ticker).build();
  private final long origin = ticker.nanoTime();

  @AfterEach
  void finish() {
    assertFalse(channel.finish());
  }

  /** Records the mock time, in ms since the test began, of each send tick. */
  private class RecordingStream implements RtpPacer.PacedStream {
    final List<Long> sends = new ArrayList<>();
    final List<String> log;
    final String name;

    RecordingStream() {
      this("", null);
    }

    RecordingStream(String name, List<String> log) {
      this.name = name;
      this.log = log;
    }

    @Override
    public void onSendTick() {
      sends.add(TimeUnit.NANOSECONDS.toMillis(ticker.nanoTime() - origin));
      if (log != null) {
        log.add("send " + name);
      }
    }

    @Override
    public void onReceiveTick() {
      if (log != null) {
        log.add("receive " + name);
      }
    }
  }

  private RtpPacer newPacer(RtpPacerConfig config) {
    return new RtpPacer(channel.eventLoop(), config);
  }

  private void advanceMillis(long millis) {
    ticker.advance(millis, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
  }

  @Test
  void aimsEachTickAtTheGridNotAtNowPlusAPeriod() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    RecordingStream stream = new RecordingStream();
    pacer.register(stream);
    advanceMillis(0);

    advanceMillis(23); // the loop was 3 ms late for the tick due at 20
    advanceMillis(17); // 40: the next tick is still due at 40, not at 43
    advanceMillis(19); // 59: not yet
    advanceMillis(1); // 60

    assertThat(stream.sends).containsExactly(0L, 23L, 40L, 60L);
  }

  @Test
  void catchesUpMissedTicksWhenTheLoopWasLate() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    RecordingStream stream = new RecordingStream();
    pacer.register(stream);
    advanceMillis(0);

    advanceMillis(65); // ticks due at 20, 40 and 60 were missed

    assertThat(stream.sends).containsExactly(0L, 65L, 65L, 65L);
    assertThat(pacer.stats().catchUpTicks()).isEqualTo(2); // 20 and 40 ran a period late
    advanceMillis(15); // 80: back on the grid
    assertThat(stream.sends).hasSize(5);
  }

  @Test
  void dropsABacklogLongerThanTheLagLimitButKeepsTheGrid() {
    RtpPacer pacer = newPacer(new RtpPacerConfig(20, 1, 5));
    RecordingStream stream = new RecordingStream();
    pacer.register(stream);
    advanceMillis(0);

    advanceMillis(1005); // a one-second stall: 50 ticks due

    assertThat(stream.sends).containsExactly(0L, 1005L);
    assertThat(pacer.stats().skippedTicks()).isEqualTo(49);
    advanceMillis(15); // 1020 is on the original grid
    assertThat(stream.sends).containsExactly(0L, 1005L, 1020L);
  }

  @Test
  void servesManyStreamsFromOneTicker() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    List<RecordingStream> streams = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      RecordingStream stream = new RecordingStream();
      streams.add(stream);
      pacer.register(stream);
    }
    advanceMillis(0);
    for (int i = 0; i < 10; i++) {
      advanceMillis(20);
    }

    assertThat(pacer.stats().ticks()).isEqualTo(11);
    assertThat(pacer.stats().streams()).isEqualTo(200);
    assertThat(streams).allSatisfy(stream -> assertThat(stream.sends).hasSize(11));
  }

  @Test
  void everyStreamSendsBeforeAnyReceives() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    List<String> log = new ArrayList<>();
    pacer.register(new RecordingStream("a", log));
    pacer.register(new RecordingStream("b", log));

    advanceMillis(0);

    assertThat(log).containsExactly("send a", "send b", "receive a", "receive b");
  }

  @Test
  void streamsMayUnregisterThemselvesAndOthersDuringATick() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    List<String> log = new ArrayList<>();
    RecordingStream c = new RecordingStream("c", log);
    RtpPacer.Registration[] registrations = new RtpPacer.Registration[3];
    registrations[0] =
        pacer.register(
            new RecordingStream("a", log) {
              @Override
              public void onSendTick() {
                super.onSendTick();
                registrations[0].cancel();
              }
            });
    registrations[1] =
        pacer.register(
            new RecordingStream("b", log) {
              @Override
              public void onSendTick() {
                super.onSendTick();
                registrations[2].cancel();
              }
            });
    registrations[2] = pacer.register(c);

    advanceMillis(0);
    advanceMillis(20);

    assertThat(log).containsExactly("send a", "send b", "receive b", "send b", "receive b");
    assertThat(pacer.streamCount()).isEqualTo(1);
    assertThat(registrations[0].isCancelled()).isTrue();
    registrations[1].cancel();
  }

  @Test
  void stopsWhenIdleAndRestartsOnANewGrid() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    RecordingStream first = new RecordingStream();
    RtpPacer.Registration registration = pacer.register(first);
    advanceMillis(0);

    registration.cancel();
    registration.cancel(); // idempotent

    assertThat(channel.runScheduledPendingTasks()).isEqualTo(-1); // nothing scheduled
    advanceMillis(7);
    RecordingStream second = new RecordingStream();
    pacer.register(second);
    advanceMillis(0);
    advanceMillis(20);
    assertThat(second.sends).containsExactly(7L, 27L);
    assertThat(first.sends).containsExactly(0L);
  }

  @Test
  void measuresTheDeviationOfEachStreamsSendInterval() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    pacer.register(new RecordingStream());
    advanceMillis(0);
    for (long step : new long[] {20, 20, 20, 25, 15, 20, 20}) {
      advanceMillis(step); // 20, 40, 60, then 85 (5 ms late), 100, 120, 140
    }

    RtpPacerStats stats = pacer.stats();

    assertThat(stats.ticks()).isEqualTo(8);
    assertThat(stats.deviationP50Micros()).isZero();
    assertThat(stats.deviationP99Micros()).isCloseTo(5000, within(5L));
    assertThat(stats.deviationMaxMicros()).isCloseTo(5000, within(5L));
    assertThat(stats.toMap())
        .containsKeys("streams", "ticks", "catch_up_ticks", "skipped_ticks")
        .containsEntry("send_interval_deviation_p50_us", 0L);
  }

  @Test
  void aFailingStreamIsEvictedAndTheOthersKeepTheirClock() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    pacer.register(
        new RtpPacer.PacedStream() {
          @Override
          public void onSendTick() {
            throw new IllegalStateException("boom");
          }

          @Override
          public String toString() {
            return "failing stream (expected in this test)";
          }
        });
    RecordingStream healthy = new RecordingStream();
    pacer.register(healthy);

    advanceMillis(0);
    advanceMillis(20);

    assertThat(healthy.sends).containsExactly(0L, 20L);
    assertThat(pacer.streamCount()).isEqualTo(1);
  }

  /** A stream whose first {@code slowTicks} sends each take {@code costMillis} of the loop. */
  private class SlowStream implements RtpPacer.PacedStream {
    int slowTicks;
    final long costMillis;

    SlowStream(int slowTicks, long costMillis) {
      this.slowTicks = slowTicks;
      this.costMillis = costMillis;
    }

    @Override
    public void onSendTick() {
      if (slowTicks > 0) {
        slowTicks--;
        ticker.advance(costMillis, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Runs due ticks, and the catch-up runs they schedule, until the pacer waits for the clock. */
  private void runCatchUp() {
    for (int i = 0; i < 500; i++) {
      channel.runScheduledPendingTasks();
    }
  }

  @Test
  void aStallThatIsCaughtUpIsNotOverload() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    pacer.register(new RecordingStream());
    advanceMillis(0);

    advanceMillis(300); // a GC pause: 15 ticks late, caught up back to back
    runCatchUp();

    assertThat(pacer.stats().ticks()).isEqualTo(16);
    assertThat(pacer.stats().catchUpTicks()).isPositive();
    assertThat(pacer.isOverloaded()).isFalse();
  }

  @Test
  void aLoopTwoPeriodsBehindForASecondIsOverloadedUntilTheHoldHasPassed() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    // 60 ticks of 25 ms in a 20 ms period: 5 ms later each tick, two periods behind from the
    // eighth, and so for 1.3 s.
    pacer.register(new SlowStream(60, 25));
    advanceMillis(0);
    runCatchUp();

    assertThat(pacer.stats().skippedTicks()).isZero();
    assertThat(pacer.isOverloaded()).isTrue();

    advanceMillis(20); // on time again
    assertThat(pacer.isOverloaded()).isTrue();
    for (long ms = 0; ms <= TimeUnit.NANOSECONDS.toMillis(RtpPacer.OVERLOAD_HOLD_NANOS); ms += 20) {
      advanceMillis(20); // every tick on time
    }
    assertThat(pacer.isOverloaded()).isFalse();
  }

  @Test
  void aLoopTwoPeriodsBehindForLessThanASecondIsNotOverloaded() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    pacer.register(new SlowStream(40, 25)); // two periods behind for 0.8 s, then caught up
    advanceMillis(0);
    runCatchUp();

    assertThat(pacer.stats().catchUpTicks()).isPositive();
    assertThat(pacer.isOverloaded()).isFalse();
  }

  @Test
  void droppingTicksIsOverload() {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);
    pacer.register(new RecordingStream());
    advanceMillis(0);
    assertThat(pacer.isOverloaded()).as("never overloaded yet").isFalse();

    advanceMillis(1_500); // past the one-second lag limit: the backlog is dropped

    assertThat(pacer.stats().skippedTicks()).isPositive();
    assertThat(pacer.isOverloaded()).isTrue();
  }

  @Test
  void statsAsyncRunsOnTheLoop() throws Exception {
    RtpPacer pacer = newPacer(RtpPacerConfig.DEFAULT);

    Future<RtpPacerStats> stats = pacer.statsAsync();
    channel.runPendingTasks();

    assertThat(stats.get().streams()).isZero();
  }

  @Test
  void refusesUseOutsideItsLoop() throws Exception {
    DefaultEventLoop other = new DefaultEventLoop();
    try {
      RtpPacer pacer = new RtpPacer(other, RtpPacerConfig.DEFAULT);

      assertThatThrownBy(() -> pacer.register(new RecordingStream()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("RtpPacer used outside its event loop");
    } finally {
      other.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
    }
  }
}
