package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.transaction.TransactionKey;
import gov.nist.javax.sip.message.SIPRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live dialog, by {@link DialogId}; the unanswered ones also by their INVITE's transaction
 * key, which is all a CANCEL can be matched by (RFC 3261 §9.2); and every one by the From tag,
 * Call-ID and CSeq of its INVITE, to spot the same INVITE arriving on another path (§8.2.2.2).
 * Shared by the event loops; each entry is only touched on its Call-ID's loop.
 */
final class DialogTable {
  private final Map<DialogId, ServerDialog> dialogs = new ConcurrentHashMap<>();
  private final Map<TransactionKey, ServerDialog> unanswered = new ConcurrentHashMap<>();
  private final Map<InviteIdentity, ServerDialog> byInvite = new ConcurrentHashMap<>();

  void add(ServerDialog dialog) {
    dialogs.put(dialog.id(), dialog);
    unanswered.put(dialog.inviteKey(), dialog);
    byInvite.put(InviteIdentity.of(dialog.invite()), dialog);
  }

  void answered(ServerDialog dialog) {
    unanswered.remove(dialog.inviteKey(), dialog);
  }

  void remove(ServerDialog dialog) {
    dialogs.remove(dialog.id(), dialog);
    unanswered.remove(dialog.inviteKey(), dialog);
    byInvite.remove(InviteIdentity.of(dialog.invite()), dialog);
  }

  /**
   * The dialog of an INVITE with the same From tag, Call-ID and CSeq as {@code invite}: the same
   * request merged in from another path (a forking proxy), or null.
   */
  ServerDialog findMerged(SIPRequest invite) {
    return byInvite.get(InviteIdentity.of(invite));
  }

  /** The dialog a request from the peer belongs to, or null. */
  ServerDialog find(SIPRequest request) {
    DialogId id = DialogId.ofReceived(request);
    return id == null ? null : dialogs.get(id);
  }

  /** The unanswered dialog created by the INVITE with this transaction key, or null. */
  ServerDialog findUnanswered(TransactionKey inviteKey) {
    return unanswered.get(inviteKey);
  }

  int size() {
    return dialogs.size();
  }

  List<ServerDialog> all() {
    return new ArrayList<>(dialogs.values());
  }

  private record InviteIdentity(String callId, String fromTag, long cseq) {
    static InviteIdentity of(SIPRequest invite) {
      return new InviteIdentity(invite.getCallId().getCallId(), invite.getFromTag(),
          invite.getCSeq().getSeqNumber());
    }
  }
}
