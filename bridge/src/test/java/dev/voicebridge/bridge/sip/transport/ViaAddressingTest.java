package dev.voicebridge.bridge.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.StreamTestChannel;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ViaAddressingTest {
  private static final InetSocketAddress NAT = new InetSocketAddress("203.0.113.9", 40123);

  @Test
  void recordsSourceAddressAndPortWhenClientAskedForRport() {
    SIPRequest request = SipFixture.load("options.sip").with("host", "192.168.1.20").request();

    ViaAddressing.stampReceived(request, NAT);

    Via via = request.getTopmostVia();
    assertThat(via.getReceived()).isEqualTo("203.0.113.9");
    assertThat(via.getRPort()).isEqualTo(40123);
  }

  @Test
  void recordsReceivedOnlyWhenSentByDiffersAndNoRport() {
    SIPRequest request = withoutRport(SipFixture.load("options.sip").with("host", "pbx.example"));

    ViaAddressing.stampReceived(request, NAT);

    assertThat(request.getTopmostVia().getReceived()).isEqualTo("203.0.113.9");
    assertThat(request.getTopmostVia().hasParameter("rport")).isFalse();
  }

  @Test
  void leavesViaAloneWhenSentByIsTheSourceAndNoRport() {
    SIPRequest request =
        withoutRport(SipFixture.load("options.sip").with("host", "203.0.113.9"));

    ViaAddressing.stampReceived(request, NAT);

    assertThat(request.getTopmostVia().getReceived()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "rport answers to the source port, true, 192.168.1.20, 5062, 203.0.113.9:40123",
    "received with the sent-by port, false, 192.168.1.20, 5062, 203.0.113.9:5062",
    "sent-by when it was the source, false, 203.0.113.9, 5070, 203.0.113.9:5070",
  })
  void sendsUdpResponsesWhereRfc3581Says(
      String name, boolean rport, String sentBy, int port, String expected) {
    SipFixture fixture = SipFixture.load("options.sip").with("host", sentBy).with("port", port);
    SIPRequest request = rport ? fixture.request() : withoutRport(fixture);
    ViaAddressing.stampReceived(request, NAT);
    EmbeddedChannel channel = new EmbeddedChannel();

    SipFlow flow = ViaAddressing.responseFlow(request, SipFlow.udp(channel, NAT));

    assertThat(flow.remoteAddress().getAddress().getHostAddress() + ":"
        + flow.remoteAddress().getPort()).isEqualTo(expected);
    assertFalse(channel.finish());
  }

  @Test
  void sendsTcpResponsesOnTheSameConnection() {
    SIPRequest request = SipFixture.load("options.sip").over(SipTransport.TCP)
        .with("host", "192.168.1.20").request();
    StreamTestChannel channel = new StreamTestChannel();
    SipFlow arrival = SipFlow.tcp(channel);

    assertThat(ViaAddressing.responseFlow(request, arrival)).isSameAs(arrival);
    assertFalse(channel.finish());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"10.1.2.3, true", "[::1], true", "::1, true", "pbx.example, false"})
  void readsOnlyIpLiterals(String host, boolean literal) {
    assertThat(ViaAddressing.literalAddress(host) != null).isEqualTo(literal);
  }

  private static SIPRequest withoutRport(SipFixture fixture) {
    SIPRequest request = fixture.request();
    request.getTopmostVia().removeParameter("rport");
    return request;
  }
}
