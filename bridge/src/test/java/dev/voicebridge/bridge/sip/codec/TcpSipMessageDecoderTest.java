package dev.voicebridge.bridge.sip.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.StreamTestChannel;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPRequest;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TcpSipMessageDecoderTest {
  private final SipStats stats = new SipStats();
  private final StreamTestChannel channel =
      new StreamTestChannel(new TcpSipMessageDecoder(new SipMessageParser(), stats, 4096));

  @Test
  void framesMessagesArrivingInPieces() {
    byte[] invite = SipFixture.load("invite-basic.sip").over(SipTransport.TCP).bytes();

    for (int i = 0; i < invite.length; i += 7) {
      channel.writeInbound(Unpooled.wrappedBuffer(invite, i, Math.min(7, invite.length - i)));
    }

    InboundSipMessage inbound = channel.readInbound();
    assertThat(inbound.sender()).isEqualTo(StreamTestChannel.PEER);
    assertThat(((SIPRequest) inbound.message()).getRawContent()).hasSize(193);
    assertThat((Object) channel.readInbound()).isNull();
    assertFalse(channel.finish());
  }

  @Test
  void framesSeveralMessagesInOneRead() {
    String invite = SipFixture.load("invite-basic.sip").over(SipTransport.TCP).text();
    String options = SipFixture.load("options.sip").over(SipTransport.TCP).text();

    channel.writeInbound(buffer(invite + options + invite));

    assertThat(method(channel.readInbound())).isEqualTo("INVITE");
    assertThat(method(channel.readInbound())).isEqualTo("OPTIONS");
    assertThat(method(channel.readInbound())).isEqualTo("INVITE");
    assertFalse(channel.finish());
  }

  @Test
  void turnsDoubleCrlfBetweenMessagesIntoPing() {
    String options = SipFixture.load("options.sip").over(SipTransport.TCP).text();

    channel.writeInbound(buffer("\r\n\r\n" + options + "\r\n"));
    channel.writeInbound(buffer("\r\n"));

    assertThat((Object) channel.readInbound()).isEqualTo(SipKeepAlive.PING);
    assertThat(method(channel.readInbound())).isEqualTo("OPTIONS");
    assertThat((Object) channel.readInbound()).isEqualTo(SipKeepAlive.PING);
    assertFalse(channel.finish());
  }

  @Test
  void skipsSingleCrlfBeforeAMessage() {
    String options = SipFixture.load("options.sip").over(SipTransport.TCP).text();

    channel.writeInbound(buffer("\r\n" + options));

    assertThat(method(channel.readInbound())).isEqualTo("OPTIONS");
    assertFalse(channel.finish());
  }

  @Test
  void closesConnectionWhenContentLengthIsMissing() {
    channel.writeInbound(
        buffer(SipFixture.load("invite-no-content-length.sip").over(SipTransport.TCP).text()));

    assertThat((Object) channel.readInbound()).isNull();
    assertThat(channel.isOpen()).isFalse();
    assertThat(stats.snapshot().tcpFramingErrors()).isEqualTo(1);
    assertFalse(channel.finish());
  }

  @Test
  void closesConnectionWhenHeadersNeverEnd() {
    channel.writeInbound(buffer("INVITE sip:a@b SIP/2.0\r\nX: " + "y".repeat(5000)));

    assertThat(channel.isOpen()).isFalse();
    assertThat(stats.snapshot().tcpFramingErrors()).isEqualTo(1);
    assertFalse(channel.finish());
  }

  @Test
  void closesConnectionWhenBodyWouldExceedTheLimit() {
    String options = SipFixture.load("options.sip").over(SipTransport.TCP).text()
        .replace("Content-Length: 0", "Content-Length: 100000");

    channel.writeInbound(buffer(options));

    assertThat(channel.isOpen()).isFalse();
    assertFalse(channel.finish());
  }

  @Test
  void dropsUnparseableMessageButKeepsTheConnection() {
    String options = SipFixture.load("options.sip").over(SipTransport.TCP).text();

    channel.writeInbound(buffer("GARBAGE\r\nContent-Length: 0\r\n\r\n" + options));

    assertThat(method(channel.readInbound())).isEqualTo("OPTIONS");
    assertThat(channel.isOpen()).isTrue();
    assertThat(stats.snapshot().unparseableMessages()).isEqualTo(1);
    assertFalse(channel.finish());
  }

  private static String method(Object inbound) {
    return ((SIPRequest) ((InboundSipMessage) inbound).message()).getMethod();
  }

  private static io.netty.buffer.ByteBuf buffer(String text) {
    return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
  }
}
