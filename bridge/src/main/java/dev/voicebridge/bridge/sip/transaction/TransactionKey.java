package dev.voicebridge.bridge.sip.transaction;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import java.util.Locale;

/**
 * What identifies a transaction (RFC 3261 §17.2.3): the branch of the top Via, its sent-by and the
 * method, where an ACK carries the method of the INVITE it acknowledges. The Call-ID is part of
 * the key too, although RFC 3261 does not need it: every transaction of a Call-ID lives on one
 * event loop, and a peer reusing a branch under another Call-ID must not reach across loops.
 *
 * @param callId the Call-ID
 * @param branch the top Via branch, or for an RFC 2543 peer (no {@code z9hG4bK} cookie) the
 *     request fields the older matching rules compare
 * @param sentBy the top Via sent-by, lower case, with the default port filled in
 * @param method INVITE for INVITE and ACK, otherwise the request method
 */
public record TransactionKey(String callId, String branch, String sentBy, String method) {
  /** The magic cookie of RFC 3261 branches (§8.1.1.7). */
  public static final String MAGIC_COOKIE = "z9hG4bK";

  private static final int DEFAULT_PORT = 5060;

  /** The key of the server transaction a received request belongs to. */
  public static TransactionKey ofRequest(SIPRequest request) {
    Via via = request.getTopmostVia();
    String method = request.getMethod();
    String matchedMethod = "ACK".equals(method) ? "INVITE" : method;
    String branch = via.getBranch();
    if (branch == null || !branch.startsWith(MAGIC_COOKIE)) {
      // RFC 2543 peers: §17.2.3 falls back to comparing the request itself. The To tag is left
      // out so the ACK of a non-2xx (which carries the response's tag) matches its INVITE.
      branch = "rfc2543|" + request.getRequestURI() + "|" + request.getFromTag() + "|"
          + request.getCSeq().getSeqNumber() + "|" + branch;
    }
    return new TransactionKey(
        request.getCallId().getCallId(), branch, sentBy(via), matchedMethod);
  }

  /**
   * The key of the client transaction a received response belongs to (§17.1.3): the branch and
   * the CSeq method. Our sent-by is the same in every request, so it is left empty.
   */
  public static TransactionKey ofResponse(SIPMessage response) {
    return new TransactionKey(
        response.getCallId().getCallId(), response.getTopmostVia().getBranch(), "",
        response.getCSeq().getMethod());
  }

  /** The key of a client transaction for a request the bridge sends. */
  public static TransactionKey ofSentRequest(SIPRequest request) {
    return new TransactionKey(
        request.getCallId().getCallId(), request.getTopmostVia().getBranch(), "",
        request.getMethod());
  }

  /** This key with another method: how a CANCEL finds the INVITE it cancels (§9.2). */
  public TransactionKey withMethod(String otherMethod) {
    return new TransactionKey(callId, branch, sentBy, otherMethod);
  }

  private static String sentBy(Via via) {
    String host = via.getHost() == null ? "" : via.getHost().toLowerCase(Locale.ROOT);
    return host + ":" + (via.getPort() > 0 ? via.getPort() : DEFAULT_PORT);
  }
}
