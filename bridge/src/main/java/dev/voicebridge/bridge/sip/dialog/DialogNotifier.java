package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.TerminationReason;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a dialog's events to the call layer's {@link DialogListener}: at most one terminal
 * callback, none after it, and a call layer failure never reaching the SIP layer. The listener is
 * only known once {@code onInvite} returns; an ending before that (a reject from inside {@code
 * onInvite}) is kept and delivered when it arrives.
 */
final class DialogNotifier {
  private static final Logger log = LoggerFactory.getLogger(DialogNotifier.class);

  private final String callId;
  private DialogListener listener;
  private TerminationReason pendingEnding;
  private boolean ended;

  DialogNotifier(String callId) {
    this.callId = callId;
  }

  /** Whether the call layer has a listener for this dialog yet. */
  boolean hasListener() {
    return listener != null;
  }

  /** Sets the listener and delivers an ending it missed. */
  void listen(DialogListener dialogListener) {
    this.listener = dialogListener;
    if (pendingEnding != null) {
      TerminationReason reason = pendingEnding;
      pendingEnding = null;
      deliverEnding(reason);
    }
  }

  /** Delivers a non-terminal event, unless the dialog has ended. */
  void notify(Consumer<DialogListener> event) {
    if (!ended) {
      call(event);
    }
  }

  /** Delivers the terminal callback for {@code reason}; only the first call has an effect. */
  void ended(TerminationReason reason) {
    if (ended) {
      return;
    }
    ended = true;
    if (listener == null) {
      pendingEnding = reason;
    } else {
      deliverEnding(reason);
    }
  }

  private void deliverEnding(TerminationReason reason) {
    switch (reason) {
      case CANCELLED -> call(DialogListener::onCancelled);
      case REMOTE_BYE -> call(DialogListener::onBye);
      default -> call(l -> l.onTerminated(reason));
    }
  }

  private void call(Consumer<DialogListener> callback) {
    if (listener == null) {
      return;
    }
    try {
      callback.accept(listener);
    } catch (RuntimeException e) {
      log.warn("Dialog listener of call {} failed", callId, e);
    }
  }
}
