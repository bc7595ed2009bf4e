package dev.voicebridge.bridge.sip.dialog;

import gov.nist.javax.sip.message.SIPRequest;

/**
 * Identifies a dialog (RFC 3261 §12): Call-ID, local tag and remote tag. For a request received
 * within a dialog, the local tag is the To tag and the remote tag the From tag (§12.2.2).
 *
 * @param callId the Call-ID
 * @param localTag the bridge's tag
 * @param remoteTag the peer's tag; empty for an RFC 2543 peer that sends none
 */
public record DialogId(String callId, String localTag, String remoteTag) {
  /** The dialog a request received from the peer belongs to, or null if it has no To tag. */
  public static DialogId ofReceived(SIPRequest request) {
    String toTag = request.getToTag();
    if (toTag == null) {
      return null;
    }
    String fromTag = request.getFromTag();
    return new DialogId(request.getCallId().getCallId(), toTag, fromTag == null ? "" : fromTag);
  }
}
