package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.sip.ReInvite;
import dev.voicebridge.bridge.sip.SipFixture;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundReInviteTest {
  private final UasHarness uas = new UasHarness();

  @Test
  void answersOnceAndIgnoresASecondAnswer() {
    uas.calls.answering(invite -> invite.accept(null)).answeringReInvites(reInvite -> {});
    uas.receive(SipFixture.load("invite-basic.sip"));
    String tag = ((SIPResponse) uas.loop.sent().get(1)).getToTag();
    uas.receive(SipFixture.load("ack.sip").with("cseq", 1).with("to_tag", tag)
        .with("branch", "z9hG4bK-ack"));
    uas.receive(SipFixture.load("reinvite.sip").with("to_tag", tag).with("branch", "z9hG4bKr"));
    uas.loop.sent();
    ReInvite reInvite = uas.calls.reInvites.get(0);

    reInvite.reject(488);
    reInvite.accept(null);

    assertThat(reInvite.sdp()).isNotNull();
    List<SIPMessage> sent = uas.loop.sent();
    assertThat(sent).hasSize(1);
    assertThat(((SIPResponse) sent.get(0)).getStatusCode()).isEqualTo(488);
    assertThat(((SIPResponse) sent.get(0)).getReasonPhrase())
        .isEqualToIgnoringCase("Not Acceptable Here");
    assertThatThrownBy(() -> reInvite.reject(180, "Ringing"))
        .isInstanceOf(IllegalArgumentException.class);
    uas.receive(SipFixture.load("bye.sip").with("to_tag", tag).with("cseq", 9)
        .with("branch", "z9hG4bK-bye"));
    uas.assertAllFreed();
  }
}
