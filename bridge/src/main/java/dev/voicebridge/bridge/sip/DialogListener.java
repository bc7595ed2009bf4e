package dev.voicebridge.bridge.sip;

/**
 * What the call layer hears about one inbound call, from the INVITE to the end of the dialog.
 *
 * <p>Every callback runs on the call's event loop ({@link IncomingInvite#eventLoop()}) and must not
 * block. Exactly one terminal callback ends every call: {@link #onCancelled()}, {@link #onBye()},
 * or {@link #onTerminated} for every other ending (including the bridge's own BYE and reject);
 * after it nothing more is called, and the SIP layer has freed the dialog, its transactions and
 * its timers. The first two default to {@code onTerminated} with the matching reason, so a call
 * layer may handle every ending in one place.
 */
public interface DialogListener {
  /**
   * The ACK of the bridge's 2xx arrived: the call is established.
   *
   * @param sdp the SDP answer carried by the ACK when the bridge's 2xx held the offer (an
   *     offerless INVITE or re-INVITE), otherwise null
   */
  default void onAck(byte[] sdp) {}

  /** The caller cancelled before the final answer; terminal. */
  default void onCancelled() {
    onTerminated(TerminationReason.CANCELLED);
  }

  /** The caller hung up; terminal. */
  default void onBye() {
    onTerminated(TerminationReason.REMOTE_BYE);
  }

  /**
   * A re-INVITE within the dialog (hold, codec change, session refresh). Answer it with {@link
   * ReInvite#accept} or {@link ReInvite#reject}; by default it is refused with 488.
   */
  default void onReInvite(ReInvite reInvite) {
    reInvite.reject(488, "Not Acceptable Here");
  }

  /**
   * An INFO within the dialog, already answered 200 (DTMF as {@code application/dtmf-relay}).
   *
   * @param contentType the Content-Type, or null without body
   * @param body the body, or null
   */
  default void onInfo(String contentType, byte[] body) {}

  /** The dialog ended for {@code reason}; terminal. */
  void onTerminated(TerminationReason reason);
}
