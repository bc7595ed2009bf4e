package dev.voicebridge.bridge.rtp;

import static dev.voicebridge.bridge.rtp.RtpTestPackets.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RtpHeadersTest {

  @Test
  void readsEveryFixedHeaderField() {
    ByteBuf buf =
        Unpooled.wrappedBuffer(
            bytes(
                0x80, 0x80, 0x12, 0x34, // V=2,P=0,X=0,CC=0,M=1,PT=0,seq=4660
                0xDE, 0xAD, 0xBE, 0xEF, // timestamp=3735928559
                0xCA, 0xFE, 0xBA, 0xBE, // SSRC=3405691582
                0x01, 0x02, 0x03)); // payload, 3 octets
    assertThat(RtpHeaders.verdict(buf, 0, 15)).isEqualTo(RtpVerdict.RTP);
    assertThat(RtpHeaders.version(buf, 0)).isEqualTo(2);
    assertThat(RtpHeaders.hasPadding(buf, 0)).isFalse();
    assertThat(RtpHeaders.hasExtension(buf, 0)).isFalse();
    assertThat(RtpHeaders.csrcCount(buf, 0)).isZero();
    assertThat(RtpHeaders.marker(buf, 0)).isTrue();
    assertThat(RtpHeaders.payloadType(buf, 0)).isZero();
    assertThat(RtpHeaders.sequenceNumber(buf, 0)).isEqualTo(4660);
    assertThat(RtpHeaders.timestamp(buf, 0)).isEqualTo(3735928559L);
    assertThat(RtpHeaders.ssrc(buf, 0)).isEqualTo(3405691582L);
    assertThat(RtpHeaders.headerLength(buf, 0)).isEqualTo(12);
    assertThat(RtpHeaders.payloadLength(buf, 0, 15)).isEqualTo(3);
    buf.release();
  }

  @Test
  void readsFieldsAtAnOffsetInsideALargerBuffer() {
    ByteBuf buf =
        Unpooled.wrappedBuffer(
            bytes(
                0xFF, 0xFF, 0xFF, // unrelated octets before the packet
                0x80, 0x08, 0xFF, 0xFF, // V=2,P=0,X=0,CC=0,M=0,PT=8,seq=65535
                0x00, 0x00, 0x00, 0xA0, // timestamp=160
                0x00, 0x00, 0x00, 0x01)); // SSRC=1
    assertThat(RtpHeaders.verdict(buf, 3, 12)).isEqualTo(RtpVerdict.RTP);
    assertThat(RtpHeaders.marker(buf, 3)).isFalse();
    assertThat(RtpHeaders.payloadType(buf, 3)).isEqualTo(8);
    assertThat(RtpHeaders.sequenceNumber(buf, 3)).isEqualTo(65535);
    assertThat(RtpHeaders.timestamp(buf, 3)).isEqualTo(160);
    assertThat(RtpHeaders.ssrc(buf, 3)).isEqualTo(1);
    assertThat(RtpHeaders.payloadLength(buf, 3, 12)).isZero();
    buf.release();
  }

  @Test
  void paddingIsExcludedFromThePayload() {
    ByteBuf buf =
        Unpooled.wrappedBuffer(
            bytes(
                0xA0, 0x00, 0x00, 0x01, // V=2,P=1,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x07, // SSRC=7
                0x55, 0x66, // payload, 2 octets
                0x00, 0x00, 0x03)); // padding, 3 octets counting the count octet
    assertThat(RtpHeaders.verdict(buf, 0, 17)).isEqualTo(RtpVerdict.RTP);
    assertThat(RtpHeaders.paddingLength(buf, 0, 17)).isEqualTo(3);
    assertThat(RtpHeaders.payloadLength(buf, 0, 17)).isEqualTo(2);
    buf.release();
  }

  @Test
  void csrcListAndExtensionAreSkipped() {
    ByteBuf buf =
        Unpooled.wrappedBuffer(
            bytes(
                0x92, 0x00, 0x00, 0x02, // V=2,P=0,X=1,CC=2,M=0,PT=0,seq=2
                0x00, 0x00, 0x01, 0x40, // timestamp=320
                0x00, 0x00, 0x00, 0x09, // SSRC=9
                0x00, 0x00, 0x00, 0x0A, // CSRC[0]=10
                0xFF, 0xFF, 0xFF, 0xFF, // CSRC[1]=4294967295
                0xBE, 0xDE, 0x00, 0x01, // extension: profile=0xBEDE (RFC 8285 one-byte), 1 word
                0x10, 0xAA, 0x00, 0x00, // extension data: id=1,len=1,0xAA, 2 octets of padding
                0x77)); // payload, 1 octet
    assertThat(RtpHeaders.verdict(buf, 0, 29)).isEqualTo(RtpVerdict.RTP);
    assertThat(RtpHeaders.csrcCount(buf, 0)).isEqualTo(2);
    assertThat(RtpHeaders.csrc(buf, 0, 0)).isEqualTo(10);
    assertThat(RtpHeaders.csrc(buf, 0, 1)).isEqualTo(4294967295L);
    assertThat(RtpHeaders.headerLength(buf, 0)).isEqualTo(28);
    assertThat(RtpHeaders.payloadLength(buf, 0, 29)).isEqualTo(1);
    assertThatThrownBy(() -> RtpHeaders.csrc(buf, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("CSRC index 2");
    buf.release();
  }

  static Stream<Arguments> verdicts() {
    return Stream.of(
        Arguments.of("empty datagram", bytes(), RtpVerdict.TRUNCATED),
        Arguments.of(
            "one octet", bytes(0x80), RtpVerdict.TRUNCATED), // V=2,P=0,X=0,CC=0, no second octet
        Arguments.of(
            "eleven octets",
            bytes(
                0x80, 0x00, 0x00, 0x01, // V=2,P=0,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00), // SSRC cut after 3 octets
            RtpVerdict.TRUNCATED),
        Arguments.of(
            "version 1",
            bytes(
                0x40, 0x00, 0x00, 0x01, // V=1,P=0,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01), // SSRC=1
            RtpVerdict.BAD_VERSION),
        Arguments.of(
            "version 0 (STUN-like first octet)",
            bytes(0x00, 0x01, 0x00, 0x00), // V=0: a STUN binding request starts like this
            RtpVerdict.BAD_VERSION),
        Arguments.of(
            "CSRC list cut short",
            bytes(
                0x81, 0x00, 0x00, 0x01, // V=2,P=0,X=0,CC=1,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01, // SSRC=1
                0x00, 0x00), // CSRC[0] cut after 2 octets
            RtpVerdict.TRUNCATED),
        Arguments.of(
            "extension header missing",
            bytes(
                0x90, 0x00, 0x00, 0x01, // V=2,P=0,X=1,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01), // SSRC=1, then nothing
            RtpVerdict.TRUNCATED),
        Arguments.of(
            "extension longer than the datagram",
            bytes(
                0x90, 0x00, 0x00, 0x01, // V=2,P=0,X=1,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01, // SSRC=1
                0xBE, 0xDE, 0x00, 0x02, // extension: profile=0xBEDE, 2 words announced
                0x10, 0xAA, 0x00, 0x00), // only 1 word present
            RtpVerdict.TRUNCATED),
        Arguments.of(
            "padding count zero",
            bytes(
                0xA0, 0x00, 0x00, 0x01, // V=2,P=1,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01, // SSRC=1
                0x55, 0x00), // payload 0x55, padding count=0
            RtpVerdict.BAD_PADDING),
        Arguments.of(
            "padding count into the header",
            bytes(
                0xA0, 0x00, 0x00, 0x01, // V=2,P=1,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01, // SSRC=1
                0x00, 0x06), // padding count=6 but only 2 octets after the header
            RtpVerdict.BAD_PADDING),
        Arguments.of(
            "padding of the whole payload",
            bytes(
                0xA0, 0x00, 0x00, 0x01, // V=2,P=1,X=0,CC=0,M=0,PT=0,seq=1
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01, // SSRC=1
                0x00, 0x02), // padding count=2: empty payload, still valid
            RtpVerdict.RTP),
        Arguments.of(
            "RTCP sender report",
            bytes(
                0x80, 0xC8, 0x00, 0x06, // V=2,P=0,RC=0,PT=200 (SR),length=6
                0x00, 0x00, 0x00, 0x01), // SSRC=1 (rest of the report omitted)
            RtpVerdict.RTCP),
        Arguments.of(
            "RTCP receiver report",
            bytes(
                0x81, 0xC9, 0x00, 0x07, // V=2,P=0,RC=1,PT=201 (RR),length=7
                0x00, 0x00, 0x00, 0x01), // SSRC=1 (report block omitted)
            RtpVerdict.RTCP),
        Arguments.of(
            "RTCP BYE",
            bytes(
                0x81, 0xCB, 0x00, 0x01, // V=2,P=0,SC=1,PT=203 (BYE),length=1
                0x00, 0x00, 0x00, 0x01), // SSRC=1
            RtpVerdict.RTCP),
        Arguments.of(
            "marker set on payload type 63 is still RTP",
            bytes(
                0x80, 0xBF, 0x00, 0x01, // V=2,P=0,X=0,CC=0,M=1,PT=63,seq=1 (second octet 191)
                0x00, 0x00, 0x00, 0x00, // timestamp=0
                0x00, 0x00, 0x00, 0x01), // SSRC=1
            RtpVerdict.RTP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verdicts")
  void classifiesDatagrams(String name, byte[] datagram, RtpVerdict expected) {
    ByteBuf buf = Unpooled.wrappedBuffer(datagram);
    assertThat(RtpHeaders.verdict(buf, 0, datagram.length)).isEqualTo(expected);
    buf.release();
  }

  @Test
  void writesAFixedHeader() {
    ByteBuf buf = Unpooled.buffer();
    RtpHeaders.writeHeader(buf, true, 8, 70000, 0x1_0000_00A0L, 0xFFFF_FFFFL);
    assertThat(ByteBufUtil.hexDump(buf))
        .isEqualTo(
            "8088"
                + "1170" // V=2,M=1,PT=8,seq=70000 mod 65536=4464
                + "000000a0" // timestamp=2^32+160 mod 2^32=160
                + "ffffffff"); // SSRC=4294967295
    buf.release();
  }

  @Test
  void rejectsPayloadTypeAbove127() {
    ByteBuf buf = Unpooled.buffer();
    assertThatThrownBy(() -> RtpHeaders.writeHeader(buf, false, 128, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payload type out of range: 128");
    assertThat(buf.writerIndex()).isZero();
    buf.release();
  }
}
