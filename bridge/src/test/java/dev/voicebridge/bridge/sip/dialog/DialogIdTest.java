package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import org.junit.jupiter.api.Test;

class DialogIdTest {

  @Test
  void readsLocalTagFromToAndRemoteTagFromFrom() {
    DialogId id = DialogId.ofReceived(SipFixture.load("bye.sip").request());

    assertThat(id).isEqualTo(new DialogId("call-1@127.0.0.1", "bridge-tag", "caller-tag"));
  }

  @Test
  void isNullOutsideADialog() {
    assertThat(DialogId.ofReceived(SipFixture.load("invite-basic.sip").request())).isNull();
  }
}
