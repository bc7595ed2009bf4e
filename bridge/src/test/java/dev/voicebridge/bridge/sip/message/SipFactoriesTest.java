package dev.voicebridge.bridge.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import org.junit.jupiter.api.Test;

class SipFactoriesTest {

  @Test
  void setsTheProductHeadersOnceForEveryMessage() {
    SipFactories.useProduct("voicebridge");

    assertThat(MessageFactoryImpl.getDefaultServerHeader().toString()).contains("voicebridge");
    assertThat(MessageFactoryImpl.getDefaultUserAgentHeader().toString()).contains("voicebridge");
    assertThat(SipResponses.create(SipFixture.load("options.sip").request(), 200)
        .getHeader("Server")).isNotNull();
  }

  @Test
  void keepsTheSameHeadersWhenSetAgainWithTheSameProduct() {
    SipFactories.useProduct("voicebridge");
    var server = MessageFactoryImpl.getDefaultServerHeader();

    SipFactories.useProduct("voicebridge");

    assertThat(MessageFactoryImpl.getDefaultServerHeader()).isSameAs(server);
  }
}
