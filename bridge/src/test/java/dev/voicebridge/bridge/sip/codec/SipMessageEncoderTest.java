package dev.voicebridge.bridge.sip.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.DefaultAddressedEnvelope;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.DatagramPacketEncoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;

class SipMessageEncoderTest {
  private final SipStats stats = new SipStats();

  @Test
  void encodedMessageParsesBackToTheSameMessage() throws ParseException {
    EmbeddedChannel channel =
        new EmbeddedChannel(new SipMessageEncoder(SipTransport.TCP, stats));
    SIPRequest invite = SipFixture.load("invite-basic.sip").request();

    channel.writeOutbound(invite);

    ByteBuf encoded = channel.readOutbound();
    try {
      InboundSipMessage decoded =
          new SipMessageParser().parse(ByteBufUtil.getBytes(encoded), SipFixture.CALLER);
      assertThat(decoded.message()).isEqualTo(invite);
      assertThat(decoded.message().getRawContent()).isEqualTo(invite.getRawContent());
    } finally {
      encoded.release();
    }
    assertThat(stats.snapshot().requestsSent()).containsEntry("INVITE", 1L);
    assertFalse(channel.finish());
  }

  @Test
  void wrappedInDatagramPacketEncoderSendsToTheEnvelopeRecipient() {
    EmbeddedChannel channel =
        new EmbeddedChannel(
            new DatagramPacketEncoder<>(new SipMessageEncoder(SipTransport.UDP, stats)));
    InetSocketAddress recipient = new InetSocketAddress("10.0.0.7", 5070);
    SIPRequest options = SipFixture.load("options.sip").request();
    AddressedEnvelope<SIPRequest, InetSocketAddress> envelope =
        new DefaultAddressedEnvelope<>(options, recipient);

    channel.writeOutbound(envelope);

    DatagramPacket packet = channel.readOutbound();
    try {
      assertThat(packet.recipient()).isEqualTo(recipient);
      assertThat(packet.content().toString(StandardCharsets.UTF_8)).startsWith("OPTIONS sip:");
    } finally {
      packet.release();
    }
    assertFalse(channel.finish());
  }

  @Test
  void countsResponsesByStatus() {
    EmbeddedChannel channel =
        new EmbeddedChannel(new SipMessageEncoder(SipTransport.TCP, stats));

    channel.writeOutbound(SipFixture.load("options.sip").request().createResponse(200));

    ByteBuf encoded = channel.readOutbound();
    encoded.release();
    assertThat(stats.snapshot().responsesSent(200)).isEqualTo(1);
    assertFalse(channel.finish());
  }
}
