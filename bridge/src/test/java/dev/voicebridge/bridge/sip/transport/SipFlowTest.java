package dev.voicebridge.bridge.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.StreamTestChannel;
import gov.nist.javax.sip.message.SIPRequest;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class SipFlowTest {
  private static final InetSocketAddress PEER = new InetSocketAddress("10.0.0.7", 5070);

  @Test
  void udpFlowAddressesEachMessageToItsPeer() {
    EmbeddedChannel channel = new EmbeddedChannel();
    SIPRequest options = SipFixture.load("options.sip").request();

    SipFlow.udp(channel, PEER).send(options);

    AddressedEnvelope<SIPRequest, InetSocketAddress> sent = channel.readOutbound();
    assertThat(sent.recipient()).isEqualTo(PEER);
    assertThat(sent.content()).isSameAs(options);
    assertFalse(channel.finish());
  }

  @Test
  void udpFlowCanBeRedirectedOnTheSameSocket() {
    EmbeddedChannel channel = new EmbeddedChannel();
    InetSocketAddress other = new InetSocketAddress("10.0.0.8", 5080);

    SipFlow flow = SipFlow.udp(channel, PEER).withRemoteAddress(other);

    assertThat(flow.remoteAddress()).isEqualTo(other);
    assertThat(flow.channel()).isSameAs(channel);
    assertFalse(channel.finish());
  }

  @Test
  void tcpFlowWritesMessagesToItsConnectionAndIgnoresRedirects() {
    StreamTestChannel channel = new StreamTestChannel();
    SipFlow flow = SipFlow.tcp(channel);
    SIPRequest options = SipFixture.load("options.sip").request();

    flow.withRemoteAddress(PEER).send(options);

    assertThat(flow.transport()).isEqualTo(SipTransport.TCP);
    assertThat(flow.remoteAddress()).isEqualTo(StreamTestChannel.PEER);
    assertThat((Object) channel.readOutbound()).isSameAs(options);
    assertFalse(channel.finish());
  }
}
