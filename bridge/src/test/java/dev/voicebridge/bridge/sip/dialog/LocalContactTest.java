package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.StreamTestChannel;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import io.netty.channel.embedded.EmbeddedChannel;
import javax.sip.header.ViaHeader;
import org.junit.jupiter.api.Test;

class LocalContactTest {
  private static final SipConfig DEFAULTS = SipConfig.newBuilder().build();

  @Test
  void prefersTheAdvertisedAddressBehindNat() {
    SipConfig config = SipConfig.newBuilder().advertisedHost("203.0.113.7")
        .advertisedPort(15060).build();
    StreamTestChannel channel = new StreamTestChannel();

    LocalContact contact = LocalContact.of(config, SipFlow.tcp(channel),
        SipFixture.load("invite-basic.sip").request());

    assertThat(contact).isEqualTo(new LocalContact("203.0.113.7", 15060, SipTransport.TCP));
    assertThat(contact.contactHeader().getAddress().getURI().toString())
        .isEqualTo("sip:203.0.113.7:15060;transport=tcp");
    channel.finishAndReleaseAll();
  }

  @Test
  void usesTheConnectionsLocalAddressWithoutOne() {
    StreamTestChannel channel = new StreamTestChannel();

    LocalContact contact = LocalContact.of(DEFAULTS, SipFlow.tcp(channel),
        SipFixture.load("invite-basic.sip").request());

    assertThat(contact).isEqualTo(new LocalContact("127.0.0.1", 5060, SipTransport.TCP));
    channel.finishAndReleaseAll();
  }

  @Test
  void usesTheHostTheInviteWasSentToWhenTheSocketHasNoAddress() {
    EmbeddedChannel channel = new EmbeddedChannel();

    LocalContact contact = LocalContact.of(DEFAULTS, SipFlow.udp(channel, SipFixture.CALLER),
        SipFixture.load("invite-basic.sip").with("bridge", "198.51.100.4").request());

    assertThat(contact.host()).isEqualTo("198.51.100.4");
    assertThat(contact.contactHeader().getAddress().getURI().toString())
        .isEqualTo("sip:198.51.100.4:5060");
    channel.finishAndReleaseAll();
  }

  @Test
  void buildsViaWithRport() {
    ViaHeader via = new LocalContact("192.0.2.10", 5060, SipTransport.UDP).newVia("z9hG4bKx");

    assertThat(via.toString().trim())
        .isEqualTo("Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKx;rport");
  }
}
