package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.ReInvite;
import dev.voicebridge.bridge.sip.transaction.InviteServerTransaction;

/** A re-INVITE handed to the call layer; answered once through its dialog. */
final class InboundReInvite implements ReInvite {
  private final ServerDialog dialog;
  private final InviteServerTransaction transaction;

  InboundReInvite(ServerDialog dialog, InviteServerTransaction transaction) {
    this.dialog = dialog;
    this.transaction = transaction;
  }

  InviteServerTransaction transaction() {
    return transaction;
  }

  @Override
  public byte[] sdp() {
    return transaction.request().getRawContent();
  }

  @Override
  public void accept(byte[] sdp) {
    dialog.onLoop(() -> dialog.answerReInvite(this, 200, null, sdp));
  }

  @Override
  public void reject(int status, String reason) {
    if (status < 300 || status > 699) {
      throw new IllegalArgumentException("Not a rejection: " + status);
    }
    dialog.onLoop(() -> dialog.answerReInvite(this, status, reason, null));
  }
}
