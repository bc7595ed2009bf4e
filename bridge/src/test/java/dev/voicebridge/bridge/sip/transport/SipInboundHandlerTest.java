package dev.voicebridge.bridge.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipStats;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.StreamTestChannel;
import dev.voicebridge.bridge.sip.codec.SipKeepAlive;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipInboundHandlerTest {
  private final SipStats stats = new SipStats();
  private final List<InboundSipMessage> received = new ArrayList<>();
  private final List<SipFlow> flows = new ArrayList<>();
  private final SipMessageSink sink = (message, flow) -> {
    received.add(message);
    flows.add(flow);
  };

  @Test
  void deliversRequestWithStampedViaAndItsUdpFlow() {
    EmbeddedChannel channel =
        new EmbeddedChannel(new SipInboundHandler(SipTransport.UDP, sink, stats));
    InboundSipMessage inbound = SipFixture.load("invite-basic.sip").inbound();

    channel.writeInbound(inbound);

    assertThat(received).containsExactly(inbound);
    assertThat(flows.get(0).transport()).isEqualTo(SipTransport.UDP);
    assertThat(flows.get(0).remoteAddress()).isEqualTo(SipFixture.CALLER);
    assertThat(inbound.message().getTopmostVia().getRPort()).isEqualTo(5062);
    assertThat(stats.snapshot().requestsReceived("INVITE")).isEqualTo(1);
    assertFalse(channel.finish());
  }

  @Test
  void deliversResponsesToo() {
    EmbeddedChannel channel =
        new EmbeddedChannel(new SipInboundHandler(SipTransport.UDP, sink, stats));

    channel.writeInbound(SipFixture.load("response-200-bye.sip").inbound());

    assertThat(received).hasSize(1);
    assertThat(stats.snapshot().responsesReceived()).containsEntry(200, 1L);
    assertFalse(channel.finish());
  }

  @Test
  void answersStreamPingWithSingleCrlfPong() {
    StreamTestChannel channel =
        new StreamTestChannel(new SipInboundHandler(SipTransport.TCP, sink, stats));

    channel.writeInbound(SipKeepAlive.PING);

    ByteBuf pong = channel.readOutbound();
    try {
      assertThat(pong.toString(StandardCharsets.US_ASCII)).isEqualTo("\r\n");
    } finally {
      pong.release();
    }
    assertThat(received).isEmpty();
    assertFalse(channel.finish());
  }

  @Test
  void keepsUdpSocketOpenWhenTheSinkFails() {
    SipMessageSink failing = (message, flow) -> {
      throw new IllegalStateException("boom");
    };
    EmbeddedChannel channel =
        new EmbeddedChannel(new SipInboundHandler(SipTransport.UDP, failing, stats));

    channel.writeInbound(SipFixture.load("options.sip").inbound());

    assertThat(channel.isOpen()).isTrue();
    assertFalse(channel.finish());
  }

  @Test
  void closesTcpConnectionWhenTheSinkFails() {
    SipMessageSink failing = (message, flow) -> {
      throw new IllegalStateException("boom");
    };
    StreamTestChannel channel =
        new StreamTestChannel(new SipInboundHandler(SipTransport.TCP, failing, stats));

    channel.writeInbound(SipFixture.load("options.sip").over(SipTransport.TCP).inbound());

    assertThat(channel.isOpen()).isFalse();
    assertFalse(channel.finish());
  }
}
