package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class RtpPacketTest {
  private static final byte[] FULL_PACKET =
      bytes(
          0xB1, 0x80, 0xFF, 0xFE, // V=2,P=1,X=1,CC=1,M=1,PT=0,seq=65534
          0x00, 0x01, 0x00, 0x00, // timestamp=65536
          0x12, 0x34, 0x56, 0x78, // SSRC=305419896
          0x00, 0x00, 0x00, 0x2A, // CSRC[0]=42
          0x10, 0x00, 0x00, 0x01, // extension: profile=0x1000 (RFC 8285 two-byte), 1 word
          0x01, 0x01, 0x7F, 0x00, // extension data: id=1,len=1,0x7F, 1 octet of padding
          0xD5, 0xD5, 0xD5, // payload, 3 octets
          0x00, 0x02); // padding, 2 octets counting the count octet

  @Test
  void exposesHeaderFieldsAndPayloadOfAFullPacket() {
    ByteBuf buf = Unpooled.wrappedBuffer(FULL_PACKET);
    RtpPacket packet = RtpPacket.retainedSliceOf(buf);
    assertThat(packet.version()).isEqualTo(2);
    assertThat(packet.hasPadding()).isTrue();
    assertThat(packet.hasExtension()).isTrue();
    assertThat(packet.csrcCount()).isEqualTo(1);
    assertThat(packet.csrc(0)).isEqualTo(42);
    assertThat(packet.marker()).isTrue();
    assertThat(packet.payloadType()).isZero();
    assertThat(packet.sequenceNumber()).isEqualTo(65534);
    assertThat(packet.timestamp()).isEqualTo(65536);
    assertThat(packet.ssrc()).isEqualTo(305419896L);
    assertThat(packet.headerLength()).isEqualTo(24);
    assertThat(packet.paddingLength()).isEqualTo(2);
    assertThat(packet.payloadLength()).isEqualTo(3);
    assertThat(ByteBufUtil.hexDump(packet.payload())).isEqualTo("d5d5d5");
    assertThat(packet.toString())
        .isEqualTo("RtpPacket(pt=0, seq=65534, ts=65536, ssrc=305419896, marker, payload=3)");
    packet.release();
    buf.release();
  }

  @Test
  void holdsItsOwnReferenceAndLeavesTheCallersAlone() {
    ByteBuf buf = Unpooled.wrappedBuffer(FULL_PACKET);
    RtpPacket packet = RtpPacket.retainedSliceOf(buf);
    assertThat(buf.refCnt()).isEqualTo(2);
    assertThat(buf.readableBytes()).isEqualTo(FULL_PACKET.length);
    buf.release();
    assertThat(packet.refCnt()).isEqualTo(1);
    assertThat(packet.sequenceNumber()).isEqualTo(65534);
    assertThat(packet.release()).isTrue();
    assertThat(buf.refCnt()).isZero();
    assertThat(packet.toString()).isEqualTo("RtpPacket(freed)");
  }

  @Test
  void isReadOnly() {
    ByteBuf buf = Unpooled.wrappedBuffer(FULL_PACKET);
    RtpPacket packet = RtpPacket.retainedSliceOf(buf);
    assertThat(packet.content().isReadOnly()).isTrue();
    packet.release();
    buf.release();
  }

  @Test
  void writeToCopiesTheWholePacket() {
    ByteBuf buf = Unpooled.wrappedBuffer(FULL_PACKET);
    RtpPacket packet = RtpPacket.retainedSliceOf(buf);
    ByteBuf out = Unpooled.buffer();
    out.writeByte(0xEE); // something already in the destination stays
    packet.writeTo(out);
    assertThat(packet.encodedLength()).isEqualTo(FULL_PACKET.length);
    assertThat(out.readByte()).isEqualTo((byte) 0xEE);
    assertThat(ByteBufUtil.getBytes(out)).isEqualTo(FULL_PACKET);
    out.release();
    packet.release();
    buf.release();
  }

  @Test
  void viewsAPacketThatDoesNotStartAtIndexZero() {
    ByteBuf buf = Unpooled.buffer();
    buf.writeBytes(bytes(0x01, 0x02)); // already consumed octets
    RtpHeaders.writeHeader(buf, false, 8, 7, 1234, 99);
    buf.writeBytes(bytes(0x2A, 0x2B));
    buf.skipBytes(2);
    RtpPacket packet = RtpPacket.retainedSliceOf(buf);
    assertThat(packet.sequenceNumber()).isEqualTo(7);
    assertThat(packet.timestamp()).isEqualTo(1234);
    assertThat(packet.ssrc()).isEqualTo(99);
    assertThat(ByteBufUtil.hexDump(packet.payload())).isEqualTo("2a2b");
    packet.release();
    buf.release();
  }

  @Test
  void copyAndDuplicatesShareNothingWithTheReference() {
    ByteBuf buf = Unpooled.wrappedBuffer(FULL_PACKET);
    RtpPacket packet = RtpPacket.retainedSliceOf(buf);
    RtpPacket copy = packet.copy();
    RtpPacket retained = packet.retainedDuplicate();
    assertThat(copy.sequenceNumber()).isEqualTo(65534);
    assertThat(retained.payloadLength()).isEqualTo(3);
    assertThat(buf.refCnt()).isEqualTo(3);
    copy.release();
    retained.release();
    packet.release();
    assertThat(buf.release()).isTrue();
  }

  @Test
  void rejectsAnythingButRtpNamingTheVerdict() {
    ByteBuf version1 =
        Unpooled.wrappedBuffer(
            bytes(
                0x40, 0x00, 0x00, 0x01, // V=1,P=0,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01)); // SSRC=1
    assertThatThrownBy(() -> RtpPacket.retainedSliceOf(version1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an RTP packet: BAD_VERSION");
    assertThat(version1.refCnt()).isEqualTo(1);
    version1.release();
  }
}
