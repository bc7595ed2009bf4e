package dev.voicebridge.bridge.sip;

/**
 * A re-INVITE received within an established dialog, handed to {@link
 * DialogListener#onReInvite} to be answered once, on the call's event loop.
 */
public interface ReInvite {
  /** The new SDP offer, or null for an offerless re-INVITE (the answer then comes in the ACK). */
  byte[] sdp();

  /** Answers 200 OK with the bridge's SDP (answer, or offer if the re-INVITE had none). */
  void accept(byte[] sdp);

  /**
   * Refuses the change, e.g. {@code reject(488, "Not Acceptable Here")}; the session stays.
   *
   * @param reason the reason phrase, or null for the standard one
   */
  void reject(int status, String reason);

  /** Refuses the change with the standard reason phrase, e.g. {@code reject(488)}. */
  default void reject(int status) {
    reject(status, null);
  }
}
