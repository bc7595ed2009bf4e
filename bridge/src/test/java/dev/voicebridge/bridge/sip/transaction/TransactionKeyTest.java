package dev.voicebridge.bridge.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import gov.nist.javax.sip.message.SIPRequest;
import org.junit.jupiter.api.Test;

class TransactionKeyTest {

  @Test
  void matchesAckToItsInviteByBranchAndSentBy() {
    TransactionKey invite = TransactionKey.ofRequest(
        SipFixture.load("invite-basic.sip").request());
    TransactionKey ack = TransactionKey.ofRequest(
        SipFixture.load("ack.sip").with("cseq", 1).request());

    assertThat(ack).isEqualTo(invite);
    assertThat(invite.method()).isEqualTo("INVITE");
  }

  @Test
  void matchesCancelToItsInviteOnlyThroughWithMethod() {
    TransactionKey invite = TransactionKey.ofRequest(
        SipFixture.load("invite-basic.sip").request());
    TransactionKey cancel = TransactionKey.ofRequest(
        SipFixture.load("cancel.sip").with("cseq", 1).request());

    assertThat(cancel).isNotEqualTo(invite);
    assertThat(cancel.withMethod("INVITE")).isEqualTo(invite);
  }

  @Test
  void fillsInTheDefaultPortAndIgnoresHostCase() {
    TransactionKey withoutPort = TransactionKey.ofRequest(SipFixture.load("options.sip")
        .with("host", "PBX.example").with("port", "5060").request());
    SIPRequest implicit = SipFixture.load("options.sip").with("host", "pbx.example").request();
    implicit.getTopmostVia().removePort();

    assertThat(TransactionKey.ofRequest(implicit)).isEqualTo(withoutPort);
    assertThat(withoutPort.sentBy()).isEqualTo("pbx.example:5060");
  }

  @Test
  void fallsBackToRfc2543MatchingWithoutTheMagicCookie() {
    TransactionKey invite = TransactionKey.ofRequest(
        SipFixture.load("invite-basic.sip").with("branch", "old-style").request());
    TransactionKey ack = TransactionKey.ofRequest(
        SipFixture.load("ack.sip").with("cseq", 1).with("branch", "old-style").request());
    TransactionKey other = TransactionKey.ofRequest(
        SipFixture.load("ack.sip").with("cseq", 2).with("branch", "old-style").request());

    assertThat(ack).isEqualTo(invite);
    assertThat(other).isNotEqualTo(invite);
  }
}
