package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The pool against real sockets: a port held by another process is skipped, not lost. */
class RtpPortPoolIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void skipsAPortTakenByAnotherSocketAndReturnsEveryPort() throws Exception {
    RtpPortPool pool = new RtpPortPool(43200, 43205, 4);
    try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(LOOPBACK, 43200))) {
      RtpPortLease lease = pool.bind(LOOPBACK);

      assertThat(lease.port()).isEqualTo(43202);
      assertThat(lease.rtcpPort()).isEqualTo(43203);
      assertThat(((InetSocketAddress) lease.channel().getLocalAddress()).getPort())
          .isEqualTo(43202);
      assertThat(lease.channel().isBlocking()).isFalse();
      assertThat(pool.bindFailureCount()).isEqualTo(1);
      assertThat(pool.inUseCount()).isEqualTo(1);

      lease.close();
      lease.close(); // idempotent: the port went back once
      assertThat(lease.channel().isOpen()).isFalse();
      assertThat(pool.inUseCount()).isZero();
      squatter.close();

      // Round robin: 43204 next, then the once-squatted 43200 is back in service.
      RtpPortLease second = pool.bind(LOOPBACK);
      RtpPortLease third = pool.bind(LOOPBACK);
      assertThat(second.port()).isEqualTo(43204);
      assertThat(third.port()).isEqualTo(43200);
      second.close();
      third.close();
      assertThat(pool.inUseCount()).isZero();
    }
  }

  @Test
  void bindGivesUpAfterTheConfiguredAttemptsAndKeepsThePorts() throws Exception {
    RtpPortPool pool = new RtpPortPool(43210, 43219, 3);
    try (DatagramSocket a = new DatagramSocket(new InetSocketAddress(LOOPBACK, 43210));
        DatagramSocket b = new DatagramSocket(new InetSocketAddress(LOOPBACK, 43212));
        DatagramSocket c = new DatagramSocket(new InetSocketAddress(LOOPBACK, 43214))) {

      assertThatThrownBy(() -> pool.bind(LOOPBACK))
          .isInstanceOf(RtpPortsExhaustedException.class)
          .hasMessage("no RTP port could be bound in 3 attempts")
          .hasCauseInstanceOf(BindException.class);
      assertThat(pool.bindFailureCount()).isEqualTo(3);
      assertThat(pool.inUseCount()).isZero();
      assertThat(pool.freeCount()).isEqualTo(5);
    }
    // The squatters gone, the next bind takes the port after the last one tried.
    RtpPortLease lease = pool.bind(LOOPBACK);
    assertThat(lease.port()).isEqualTo(43216);
    lease.close();
  }
}
