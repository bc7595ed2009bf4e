package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipTestLoop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopTimerSchedulerTest {
  private final SipTestLoop loop = SipTestLoop.udp();
  private final List<String> fired = new ArrayList<>();

  @Test
  void firesOnTheLoopWhenDueAndStopsCountingIt() {
    loop.scheduler().schedule(() -> fired.add("G"), 100);
    assertThat(loop.pendingTimers()).isEqualTo(1);

    loop.advance(99);
    assertThat(fired).isEmpty();
    loop.advance(1);

    assertThat(fired).containsExactly("G");
    loop.assertFinished();
  }

  @Test
  void cancelledTimerNeverFiresAndStopsCountingOnce() {
    SipTimer timer = loop.scheduler().schedule(() -> fired.add("H"), 100);

    timer.cancel();
    timer.cancel();
    loop.advance(200);

    assertThat(fired).isEmpty();
    assertThat(loop.pendingTimers()).isZero();
    loop.assertFinished();
  }

  @Test
  void cancellingAfterFiringChangesNothing() {
    SipTimer timer = loop.scheduler().schedule(() -> fired.add("J"), 10);
    loop.advance(10);

    timer.cancel();

    assertThat(fired).containsExactly("J");
    assertThat(loop.pendingTimers()).isZero();
    loop.assertFinished();
  }
}
