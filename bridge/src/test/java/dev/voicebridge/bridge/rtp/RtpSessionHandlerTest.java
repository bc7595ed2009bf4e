package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.bytes;
import static dev.voicebridge.bridge.rtp.RtpTestPackets.datagram;
import static dev.voicebridge.bridge.rtp.RtpTestPackets.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class RtpSessionHandlerTest {
  private static final InetSocketAddress PHONE = new InetSocketAddress("192.0.2.10", 40000);
  private final RtpReceiver receiver =
      new RtpReceiver(
          RtpAudioFormat.PCMU,
          new JitterBuffer(RtpAudioFormat.PCMU, JitterBufferConfig.DEFAULT),
          new SymmetricRtpLatch(null, 2),
          RtcpReceiver.DISCARD);
  private final EmbeddedChannel channel = new EmbeddedChannel(new RtpSessionHandler(receiver));

  @Test
  void consumesAndReleasesEveryDatagram() {
    DatagramPacket rtp = datagram(PHONE, true, 0, 1, 0, 5, filled(160, 0x33));
    DatagramPacket garbage =
        new DatagramPacket(Unpooled.wrappedBuffer(bytes(0x40)), RtpTestPackets.LOCAL, PHONE);

    assertThat(channel.writeInbound(rtp, garbage)).isFalse();

    assertThat(rtp.refCnt()).isZero();
    assertThat(garbage.refCnt()).isZero();
    assertThat(receiver.packetsIn()).isEqualTo(1);
    assertThat(receiver.invalid()).isEqualTo(1);
    assertFalse(channel.finish());
  }

  @Test
  void passesOtherMessagesOn() {
    ByteBuf notADatagram = Unpooled.wrappedBuffer(bytes(0x01));

    assertThat(channel.writeInbound(notADatagram)).isTrue();

    ByteBuf passed = channel.readInbound();
    assertThat(passed).isSameAs(notADatagram);
    passed.release();
    assertFalse(channel.finish());
  }

  @Test
  void socketErrorsDoNotCloseTheChannel() {
    channel.pipeline().fireExceptionCaught(new IOException("ICMP port unreachable"));

    assertThat(channel.isOpen()).isTrue();
    channel.checkException(); // nothing reached the end of the pipeline
    assertFalse(channel.finish());
  }
}
