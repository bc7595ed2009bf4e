package dev.voicebridge.bridge.sip.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPRequest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatagramSipMessageDecoderTest {
  private static final InetSocketAddress SENDER = new InetSocketAddress("10.0.0.7", 5070);
  private static final InetSocketAddress LOCAL = new InetSocketAddress("10.0.0.1", 5060);

  private final SipStats stats = new SipStats();
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new DatagramSipMessageDecoder(new SipMessageParser(), stats, 2048));

  @AfterEach
  void finish() {
    assertFalse(channel.finish());
  }

  @Test
  void decodesOneMessagePerDatagramWithItsSender() {
    channel.writeInbound(datagram(SipFixture.load("invite-basic.sip").bytes()));

    InboundSipMessage inbound = channel.readInbound();
    assertThat(inbound.sender()).isEqualTo(SENDER);
    assertThat(((SIPRequest) inbound.message()).getMethod()).isEqualTo("INVITE");
  }

  @ParameterizedTest(name = "keep-alive #{index}")
  @ValueSource(strings = {"\r\n\r\n", "\r\n", "\u0000\u0000\u0000\u0000"})
  void dropsKeepAlivesWithoutCountingThem(String keepAlive) {
    channel.writeInbound(datagram(keepAlive.getBytes(StandardCharsets.US_ASCII)));

    assertThat((Object) channel.readInbound()).isNull();
    assertThat(stats.snapshot().unparseableMessages()).isZero();
  }

  @Test
  void dropsAndCountsUnparseableDatagram() {
    channel.writeInbound(datagram("hello there\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));

    assertThat((Object) channel.readInbound()).isNull();
    assertThat(stats.snapshot().unparseableMessages()).isEqualTo(1);
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void dropsDatagramOverTheSizeLimit() {
    byte[] big = SipFixture.load("options.sip").text().replace("Content-Length: 0", "l: 3000")
        .concat("x".repeat(3000)).getBytes(StandardCharsets.US_ASCII);

    channel.writeInbound(datagram(big));

    assertThat((Object) channel.readInbound()).isNull();
    assertThat(stats.snapshot().unparseableMessages()).isEqualTo(1);
  }

  @Test
  void passesRequestWithDefectOnToBeAnswered() {
    channel.writeInbound(datagram(SipFixture.load("invite-missing-call-id.sip").bytes()));

    InboundSipMessage inbound = channel.readInbound();
    assertThat(inbound.defect().reasonPhrase()).isEqualTo("Missing Call-ID header");
  }

  private static DatagramPacket datagram(byte[] bytes) {
    return new DatagramPacket(Unpooled.wrappedBuffer(bytes), LOCAL, SENDER);
  }
}
