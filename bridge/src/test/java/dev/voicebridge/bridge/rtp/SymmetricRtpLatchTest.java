package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class SymmetricRtpLatchTest {
  private static final InetSocketAddress SDP = new InetSocketAddress("10.0.0.5", 4000);
  private static final InetSocketAddress NAT = new InetSocketAddress("203.0.113.7", 61000);
  private static final InetSocketAddress REBOUND = new InetSocketAddress("203.0.113.7", 61002);

  @Test
  void sendsToTheSignalledAddressUntilMediaArrives() {
    SymmetricRtpLatch latch = new SymmetricRtpLatch(SDP, 3);

    assertThat(latch.remote()).isEqualTo(SDP);
    assertThat(latch.isLatched()).isFalse();
    assertThat(latch.latchCount()).isZero();
  }

  @Test
  void latchesOntoTheFirstSource() {
    SymmetricRtpLatch latch = new SymmetricRtpLatch(SDP, 3);

    assertThat(latch.accept(NAT)).isTrue();

    assertThat(latch.remote()).isEqualTo(NAT);
    assertThat(latch.latchCount()).isEqualTo(1);
  }

  @Test
  void relatchesAfterConsecutivePacketsFromANewSource() {
    SymmetricRtpLatch latch = new SymmetricRtpLatch(SDP, 3);
    latch.accept(NAT);

    assertThat(latch.accept(REBOUND)).isFalse();
    assertThat(latch.accept(REBOUND)).isFalse();
    assertThat(latch.remote()).isEqualTo(NAT);
    assertThat(latch.accept(REBOUND)).isTrue();

    assertThat(latch.remote()).isEqualTo(REBOUND);
    assertThat(latch.latchCount()).isEqualTo(2);
    assertThat(latch.accept(NAT)).isFalse(); // the old source is now the stranger
  }

  @Test
  void aPacketFromTheLatchedSourceResetsTheCount() {
    SymmetricRtpLatch latch = new SymmetricRtpLatch(SDP, 3);
    latch.accept(NAT);

    latch.accept(REBOUND);
    latch.accept(REBOUND);
    latch.accept(NAT);
    latch.accept(REBOUND);
    latch.accept(REBOUND);

    assertThat(latch.remote()).isEqualTo(NAT);
    assertThat(latch.latchCount()).isEqualTo(1);
  }

  @Test
  void alternatingStrangersNeverMoveTheLatch() {
    SymmetricRtpLatch latch = new SymmetricRtpLatch(SDP, 2);
    latch.accept(NAT);
    InetSocketAddress other = new InetSocketAddress("198.51.100.1", 5000);

    for (int i = 0; i < 10; i++) {
      latch.accept(i % 2 == 0 ? REBOUND : other);
    }

    assertThat(latch.remote()).isEqualTo(NAT);
  }

  @Test
  void aWildcardOrMissingAddressMeansNowhereUntilMediaArrives() {
    assertThat(new SymmetricRtpLatch(new InetSocketAddress("0.0.0.0", 4000), 3).remote()).isNull();
    assertThat(new SymmetricRtpLatch(null, 3).remote()).isNull();
  }

  @Test
  void aNewOfferUnlatches() {
    SymmetricRtpLatch latch = new SymmetricRtpLatch(SDP, 3);
    latch.accept(NAT);
    InetSocketAddress moved = new InetSocketAddress("10.0.0.9", 4002);

    latch.resignal(moved);

    assertThat(latch.remote()).isEqualTo(moved);
    assertThat(latch.isLatched()).isFalse();
    assertThat(latch.accept(REBOUND)).isTrue();
    assertThat(latch.latchCount()).isEqualTo(2);
  }

  @Test
  void needsAtLeastOnePacketToRelatch() {
    assertThatThrownBy(() -> new SymmetricRtpLatch(SDP, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relatchPackets must be positive: 0");
  }
}
