package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.bytes;
import static dev.voicebridge.bridge.rtp.RtpTestPackets.datagram;
import static dev.voicebridge.bridge.rtp.RtpTestPackets.filled;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtpReceiverTest {
  private static final InetSocketAddress PHONE = new InetSocketAddress("192.0.2.10", 40000);
  private static final InetSocketAddress STRANGER = new InetSocketAddress("192.0.2.66", 40000);
  private final List<InetSocketAddress> rtcpSenders = new ArrayList<>();
  private final RtpReceiver receiver =
      new RtpReceiver(
          RtpAudioFormat.PCMU,
          new JitterBuffer(RtpAudioFormat.PCMU, JitterBufferConfig.DEFAULT),
          new SymmetricRtpLatch(null, 2),
          (packet, sender) -> rtcpSenders.add(sender));

  private void receive(DatagramPacket datagram) {
    try {
      receiver.receive(datagram.content(), datagram.sender(), 0);
    } finally {
      datagram.release();
    }
  }

  @Test
  void feedsRtpOfTheNegotiatedTypeToTheJitterBuffer() {
    receive(datagram(PHONE, true, 0, 1, 0, 5, filled(160, 0x33)));

    assertThat(receiver.packetsIn()).isEqualTo(1);
    assertThat(receiver.bytesIn()).isEqualTo(160);
    assertThat(receiver.jitterBuffer().bufferedFrames()).isEqualTo(1);
    assertThat(receiver.latch().remote()).isEqualTo(PHONE);
  }

  @Test
  void countsAndDropsOtherPayloadTypes() {
    receive(datagram(PHONE, false, 101, 1, 0, 5, bytes(0x01, 0x0A, 0x00, 0xA0))); // DTMF event

    assertThat(receiver.unexpectedPayloadType()).isEqualTo(1);
    assertThat(receiver.packetsIn()).isZero();
    assertThat(receiver.latch().isLatched()).isFalse(); // only audio latches
  }

  @Test
  void dropsRtpFromAStrangerOnceLatched() {
    receive(datagram(PHONE, true, 0, 1, 0, 5, filled(160, 1)));
    receive(datagram(STRANGER, false, 0, 2, 160, 5, filled(160, 2)));

    assertThat(receiver.foreign()).isEqualTo(1);
    assertThat(receiver.packetsIn()).isEqualTo(1);
    assertThat(receiver.latch().remote()).isEqualTo(PHONE);
  }

  @Test
  void handsRtcpToItsReceiver() {
    receive(
        new DatagramPacket(
            Unpooled.wrappedBuffer(
                bytes(
                    0x80, 0xC8, 0x00, 0x01, // V=2,P=0,RC=0,PT=200 (SR),length=1
                    0x00, 0x00, 0x00, 0x05)), // SSRC=5
            RtpTestPackets.LOCAL,
            PHONE));

    assertThat(receiver.rtcp()).isEqualTo(1);
    assertThat(rtcpSenders).containsExactly(PHONE);
  }

  @Test
  void countsMalformedDatagrams() {
    receive(
        new DatagramPacket(Unpooled.wrappedBuffer(bytes(0x80, 0x00)), RtpTestPackets.LOCAL, PHONE));
    receive(
        new DatagramPacket(
            Unpooled.wrappedBuffer(
                bytes(
                    0x00, 0x01, 0x00, 0x00, // a STUN binding request: V=0
                    0x21, 0x12, 0xA4, 0x42)), // magic cookie
            RtpTestPackets.LOCAL,
            PHONE));

    assertThat(receiver.invalid()).isEqualTo(2);
    assertThat(receiver.packetsIn()).isZero();
  }

  @Test
  void receivingAllocatesNothingPerPacket() {
    DatagramPacket datagram = datagram(PHONE, false, 0, 0, 0, 5, filled(160, 1));
    ByteBuf packet = datagram.content();
    byte[] dst = new byte[160];
    long[] n = {0};

    long allocated =
        Allocations.bytesAllocatedBy(
            10_000,
            () -> {
              long i = n[0]++;
              packet.setShort(2, (int) i);
              packet.setInt(4, (int) (i * 160));
              receiver.receive(datagram.content(), datagram.sender(), i * 20_000_000L);
              receiver.poll(dst);
            });

    // Under a byte per iteration: one object per packet would be 16 bytes or more each time;
    // what remains is the measurement's own noise.
    assertThat(allocated).isLessThan(10_000);
    assertThat(receiver.packetsIn()).isEqualTo(30_000);
    datagram.release();
  }
}
