package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.bytes;
import static dev.voicebridge.bridge.rtp.RtpTestPackets.datagram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatagramRtpPacketDecoderTest {
  private static final InetSocketAddress PEER = new InetSocketAddress("192.0.2.10", 40000);

  @Test
  void decodesRtpIntoAView() {
    DatagramRtpPacketDecoder decoder = new DatagramRtpPacketDecoder();
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    DatagramPacket datagram = datagram(PEER, true, 0, 4660, 160, 7, bytes(0x11, 0x22));

    assertThat(channel.writeInbound(datagram)).isTrue();

    RtpPacket packet = channel.readInbound();
    assertThat(packet.sequenceNumber()).isEqualTo(4660);
    assertThat(packet.marker()).isTrue();
    assertThat(packet.payloadLength()).isEqualTo(2);
    assertThat(packet.refCnt()).isEqualTo(1); // the decoder released the datagram's reference
    assertThat(packet.release()).isTrue();
    assertThat(decoder.decodedCount()).isEqualTo(1);
    assertFalse(channel.finish());
  }

  @Test
  void dropsAndCountsMalformedDatagramsWithoutAnException() {
    DatagramRtpPacketDecoder decoder = new DatagramRtpPacketDecoder();
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    ByteBuf version1 =
        Unpooled.wrappedBuffer(
            bytes(
                0x40, 0x00, 0x00, 0x01, // V=1,P=0,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01)); // SSRC=1
    ByteBuf truncated = Unpooled.wrappedBuffer(bytes(0x80, 0x00, 0x00)); // V=2,PT=0, 3 octets

    assertThat(channel.writeInbound(new DatagramPacket(version1, RtpTestPackets.LOCAL, PEER)))
        .isFalse();
    assertThat(channel.writeInbound(new DatagramPacket(truncated, RtpTestPackets.LOCAL, PEER)))
        .isFalse();

    assertThat(version1.refCnt()).isZero();
    assertThat(truncated.refCnt()).isZero();
    assertThat(decoder.invalidCount()).isEqualTo(2);
    assertThat(decoder.decodedCount()).isZero();
    assertThat(channel.isActive()).isTrue();
    assertFalse(channel.finish());
  }

  @Test
  void handsRtcpToTheReceiverAndReleasesIt() {
    List<String> seen = new ArrayList<>();
    DatagramRtpPacketDecoder decoder =
        new DatagramRtpPacketDecoder(
            (packet, sender) -> seen.add(packet.readableBytes() + " octets from " + sender));
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    ByteBuf receiverReport =
        Unpooled.wrappedBuffer(
            bytes(
                0x80, 0xC9, 0x00, 0x01, // V=2,P=0,RC=0,PT=201 (RR),length=1
                0x00, 0x00, 0x00, 0x05)); // SSRC=5

    assertThat(channel.writeInbound(new DatagramPacket(receiverReport, RtpTestPackets.LOCAL, PEER)))
        .isFalse();

    assertThat(seen).containsExactly("8 octets from " + PEER);
    assertThat(receiverReport.refCnt()).isZero();
    assertThat(decoder.rtcpCount()).isEqualTo(1);
    assertThat(decoder.invalidCount()).isZero();
    assertFalse(channel.finish());
  }

  @Test
  void oneInstanceServesSeveralChannels() {
    DatagramRtpPacketDecoder decoder = new DatagramRtpPacketDecoder();
    EmbeddedChannel first = new EmbeddedChannel(decoder);
    EmbeddedChannel second = new EmbeddedChannel(decoder);

    first.writeInbound(datagram(PEER, false, 8, 1, 0, 1, bytes(0x01)));
    second.writeInbound(datagram(PEER, false, 8, 2, 0, 2, bytes(0x02)));

    RtpPacket fromFirst = first.readInbound();
    RtpPacket fromSecond = second.readInbound();
    assertThat(fromFirst.ssrc()).isEqualTo(1);
    assertThat(fromSecond.ssrc()).isEqualTo(2);
    fromFirst.release();
    fromSecond.release();
    assertThat(decoder.decodedCount()).isEqualTo(2);
    assertFalse(first.finish());
    assertFalse(second.finish());
  }
}
