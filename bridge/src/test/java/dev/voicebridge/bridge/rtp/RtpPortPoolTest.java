package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RtpPortPoolTest {

  @Test
  void handsOutEvenPortsRoundRobin() throws Exception {
    RtpPortPool pool = new RtpPortPool(10000, 10007, 1);
    assertThat(pool.capacity()).isEqualTo(4);

    assertThat(pool.acquire()).isEqualTo(10000);
    assertThat(pool.acquire()).isEqualTo(10002);
    assertThat(pool.acquire()).isEqualTo(10004);
    pool.release(10000);

    // 10000 is free again but is reused only after the ports not used yet.
    assertThat(pool.acquire()).isEqualTo(10006);
    assertThat(pool.acquire()).isEqualTo(10000);
    assertThat(pool.inUseCount()).isEqualTo(4);
    assertThat(pool.freeCount()).isZero();
  }

  @Test
  void keepsTheRtcpPortOfEachPairInsideTheRange() throws Exception {
    // 10001 rounds up to 10002; 10006 is left out because its RTCP port 10007 is outside.
    RtpPortPool pool = new RtpPortPool(10001, 10006, 1);
    assertThat(pool.capacity()).isEqualTo(2);
    assertThat(pool.acquire()).isEqualTo(10002);
    assertThat(pool.acquire()).isEqualTo(10004);
    assertThat(pool.toString()).isEqualTo("RtpPortPool(10002-10004, in use 2)");
  }

  @Test
  void defaultRangeHoldsFiveThousandPorts() {
    assertThat(new RtpPortPool().capacity()).isEqualTo(5000);
  }

  @Test
  void exhaustionCarriesServiceUnavailable() throws Exception {
    RtpPortPool pool = new RtpPortPool(10002, 10005, 1);
    pool.acquire();
    pool.acquire();

    assertThatThrownBy(pool::acquire)
        .isInstanceOfSatisfying(
            RtpPortsExhaustedException.class, e -> assertThat(e.statusCode()).isEqualTo(503))
        .hasMessage("all 2 RTP ports in 10002-10004 are in use");
  }

  @Test
  void releasingAPortNotInUseIsABug() throws Exception {
    RtpPortPool pool = new RtpPortPool(10002, 10005, 1);
    int port = pool.acquire();
    pool.release(port);

    assertThatThrownBy(() -> pool.release(port))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RTP port 10002 is not in use");
    assertThatThrownBy(() -> pool.release(10003))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RTP port 10003 is not in 10002-10004 or is odd");
    assertThat(pool.inUseCount()).isZero();
  }

  @Test
  void rejectsARangeWithoutAPortPair() {
    assertThatThrownBy(() -> new RtpPortPool(10001, 10002, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no RTP/RTCP port pair in 10001-10002");
  }

  @Test
  void neverHandsOutOnePortTwiceUnderConcurrentUse() throws Exception {
    // Fewer ports than threads, so exhaustion races with release as well.
    RtpPortPool pool = new RtpPortPool(30000, 30005, 1);
    AtomicIntegerArray owners = new AtomicIntegerArray(3);
    AtomicLong exhausted = new AtomicLong();
    int threads = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          () -> {
            start.await();
            int acquired = 0;
            for (int i = 0; i < 20_000; i++) {
              int port;
              try {
                port = pool.acquire();
              } catch (RtpPortsExhaustedException e) {
                exhausted.incrementAndGet();
                continue;
              }
              int slot = (port - 30000) / 2;
              if (owners.getAndIncrement(slot) != 0) {
                throw new AssertionError("port " + port + " handed out twice");
              }
              owners.decrementAndGet(slot);
              pool.release(port);
              acquired++;
            }
            return acquired;
          });
    }
    List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
    for (Callable<Integer> worker : workers) {
      results.add(executor.submit(worker));
    }
    start.countDown();
    long acquired = 0;
    for (java.util.concurrent.Future<Integer> result : results) {
      acquired += result.get(30, TimeUnit.SECONDS);
    }
    executor.shutdown();

    assertThat(acquired + exhausted.get()).isEqualTo(threads * 20_000L);
    assertThat(pool.inUseCount()).isZero();
    assertThat(pool.freeCount()).isEqualTo(3);
  }
}
