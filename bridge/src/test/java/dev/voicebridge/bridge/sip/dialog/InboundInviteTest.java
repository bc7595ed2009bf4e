package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sip.IncomingInvite;
import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.message.InboundSipMessage;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.Test;

class InboundInviteTest {
  private final UasHarness uas = new UasHarness();

  @Test
  void readsTheCalledNumberOfATelUri() {
    String text = SipFixture.load("invite-basic.sip").text()
        .replace("INVITE sip:4930123@127.0.0.1:5060 SIP/2.0", "INVITE tel:+4930123 SIP/2.0");
    uas.transactions.receive(parse(text), uas.loop.flow(), uas.loop.scheduler());

    assertThat(uas.calls.lastInvite().calledNumber()).isEqualTo("+4930123");
    uas.calls.lastInvite().reject(404, "Not Found");
    uas.assertAllFreed();
  }

  @Test
  void readsAnyHeaderByName() {
    uas.receive(SipFixture.load("invite-basic.sip"));
    IncomingInvite invite = uas.calls.lastInvite();

    assertThat(invite.header("Call-ID")).isEqualTo("call-1@127.0.0.1");
    assertThat(invite.header("P-Asserted-Identity")).isNull();
    invite.reject(486, "Busy Here");
    uas.assertAllFreed();
  }

  @Test
  void refusesARejectionThatIsNotAnError() {
    uas.receive(SipFixture.load("invite-basic.sip"));
    IncomingInvite invite = uas.calls.lastInvite();

    assertThatThrownBy(() -> invite.reject(200, "OK"))
        .isInstanceOf(IllegalArgumentException.class);
    invite.reject(486, "Busy Here");
    uas.assertAllFreed();
  }

  private static InboundSipMessage parse(String text) {
    try {
      return new SipMessageParser().parse(text.getBytes(StandardCharsets.UTF_8), SipFixture.CALLER);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
