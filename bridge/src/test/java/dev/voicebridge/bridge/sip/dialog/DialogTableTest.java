package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import org.junit.jupiter.api.Test;

class DialogTableTest {
  private final UasHarness uas = new UasHarness();

  @Test
  void findsDialogByTagsAndUnansweredOnesByTheirInvite() {
    uas.receive(SipFixture.load("invite-basic.sip"));
    ServerDialog dialog = (ServerDialog) uas.calls.lastInvite().accept(null);
    DialogTable table = new DialogTable();

    table.add(dialog);

    assertThat(table.findUnanswered(dialog.inviteKey())).isSameAs(dialog);
    assertThat(table.find(SipFixture.load("bye.sip").with("to_tag", dialog.localTag())
        .request())).isSameAs(dialog);
    assertThat(table.find(SipFixture.load("bye.sip").request())).isNull();
    table.answered(dialog);
    assertThat(table.findUnanswered(dialog.inviteKey())).isNull();
    table.remove(dialog);
    assertThat(table.size()).isZero();
    uas.receive(SipFixture.load("ack.sip").with("cseq", 1).with("to_tag", dialog.localTag())
        .with("branch", "z9hG4bK-ack"));
    uas.receive(SipFixture.load("bye.sip").with("to_tag", dialog.localTag())
        .with("branch", "z9hG4bK-bye"));
    uas.assertAllFreed();
  }
}
