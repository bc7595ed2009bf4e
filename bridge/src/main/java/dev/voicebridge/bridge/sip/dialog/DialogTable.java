package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.transaction.TransactionKey;
import gov.nist.javax.sip.message.SIPRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live dialog, by {@link DialogId}, and the unanswered ones also by their INVITE's
 * transaction key, which is all a CANCEL can be matched by (RFC 3261 §9.2). Shared by the event
 * loops; each entry is only touched on its Call-ID's loop.
 */
final class DialogTable {
  private final Map<DialogId, ServerDialog> dialogs = new ConcurrentHashMap<>();
  private final Map<TransactionKey, ServerDialog> unanswered = new ConcurrentHashMap<>();

  void add(ServerDialog dialog) {
    dialogs.put(dialog.id(), dialog);
    unanswered.put(dialog.inviteKey(), dialog);
  }

  void answered(ServerDialog dialog) {
    unanswered.remove(dialog.inviteKey(), dialog);
  }

  void remove(ServerDialog dialog) {
    dialogs.remove(dialog.id(), dialog);
    unanswered.remove(dialog.inviteKey(), dialog);
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
}
