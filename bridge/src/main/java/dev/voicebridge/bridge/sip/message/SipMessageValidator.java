package dev.voicebridge.bridge.sip.message;

import dev.voicebridge.bridge.sip.SipProtocolException;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.Locale;
import java.util.Set;
import javax.sip.header.MaxForwardsHeader;

/**
 * Checks what JAIN-SIP's parser does not: that the mandatory headers of RFC 3261 §8.1.1 are
 * present and consistent. The parser happily builds a request without a Call-ID; the transaction
 * and dialog layers may rely on every header checked here.
 */
public final class SipMessageValidator {
  private static final Set<String> URI_SCHEMES = Set.of("sip", "sips", "tel");

  private SipMessageValidator() {}

  /**
   * Returns why a request must be refused, or null if it may be processed. The checks run in the
   * order a peer can most easily act on: missing headers, inconsistent CSeq, URI scheme,
   * and last the hop count.
   */
  public static SipProtocolException validateRequest(SIPRequest request) {
    SipProtocolException missing = missingHeader(request);
    if (missing != null) {
      return missing;
    }
    if (request.getMaxForwards() == null) {
      return new SipProtocolException(400, "Missing Max-Forwards header");
    }
    if (!request.getMethod().equals(request.getCSeq().getMethod())) {
      return new SipProtocolException(400, "CSeq method does not match request method");
    }
    String scheme = request.getRequestURI().getScheme().toLowerCase(Locale.ROOT);
    if (!URI_SCHEMES.contains(scheme)) {
      return new SipProtocolException(416, "Unsupported URI Scheme");
    }
    MaxForwardsHeader maxForwards = request.getMaxForwards();
    // RFC 3261 §16.3 lets the final recipient answer an OPTIONS that used up its hops: that is
    // how a hop-by-hop probe works; any other request with no hops left is a loop.
    if (maxForwards.getMaxForwards() == 0 && !"OPTIONS".equals(request.getMethod())) {
      return new SipProtocolException(483, "Too Many Hops");
    }
    return null;
  }

  /** Returns why a response is unusable, or null: a response only needs to be matchable. */
  public static String validateResponse(SIPResponse response) {
    SipProtocolException missing = missingHeader(response);
    return missing == null ? null : missing.reasonPhrase();
  }

  private static SipProtocolException missingHeader(SIPMessage message) {
    String name = null;
    if (message.getTopmostVia() == null) {
      name = "Via";
    } else if (message.getFrom() == null) {
      name = "From";
    } else if (message.getTo() == null) {
      name = "To";
    } else if (message.getCallId() == null) {
      name = "Call-ID";
    } else if (message.getCSeq() == null) {
      name = "CSeq";
    }
    return name == null ? null : new SipProtocolException(400, "Missing " + name + " header");
  }
}
