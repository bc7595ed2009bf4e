package dev.voicebridge.bridge.sip.message;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.text.ParseException;
import java.util.List;
import javax.sip.InvalidArgumentException;
import javax.sip.header.HeaderFactory;

/**
 * Builds responses to received requests (RFC 3261 §8.2.6): status line, the Via, From, To,
 * Call-ID and CSeq of the request, a To tag when the request had none, and the Server header set
 * once through {@link SipFactories#useProduct(String)}.
 */
public final class SipResponses {
  /** The methods the bridge accepts, one Allow header each (JAIN-SIP rejects a list in one). */
  public static final List<String> ALLOWED_METHODS =
      List.of("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "INFO");

  private SipResponses() {}

  /** A response with the standard reason phrase and, where needed, a fresh To tag. */
  public static SIPResponse create(SIPRequest request, int status) {
    return create(request, status, null, null);
  }

  /** A response with its own reason phrase and, where needed, a fresh To tag. */
  public static SIPResponse create(SIPRequest request, int status, String reason) {
    return create(request, status, reason, null);
  }

  /**
   * A response.
   *
   * @param request the request answered
   * @param status the status code
   * @param reason the reason phrase, or null for the standard one
   * @param toTag the To tag to add if the request has none (the dialog's tag for an INVITE), or
   *     null for a fresh one; a 100 never gets one
   */
  public static SIPResponse create(SIPRequest request, int status, String reason, String toTag) {
    SIPResponse response;
    try {
      response = (SIPResponse) SipFactories.messages().createResponse(status, request);
      if (reason != null) {
        response.setReasonPhrase(reason);
      }
      if (status > 100 && response.getToTag() == null) {
        response.getTo().setTag(toTag != null ? toTag : SipIds.newTag());
      }
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "Cannot answer " + request.getFirstLine() + " with " + status, e);
    }
    return response;
  }

  /** Adds one Allow header per method the bridge accepts (for 405 and OPTIONS, §20.5). */
  public static void addAllow(SIPResponse response) {
    HeaderFactory headers = SipFactories.headers();
    try {
      for (String method : ALLOWED_METHODS) {
        response.addHeader(headers.createAllowHeader(method));
      }
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a Retry-After header (§20.33), e.g. to a 503 sent at capacity. */
  public static void addRetryAfter(SIPResponse response, long seconds) {
    try {
      response.setHeader(SipFactories.headers().createRetryAfterHeader((int) seconds));
    } catch (InvalidArgumentException e) {
      throw new IllegalArgumentException("Bad Retry-After " + seconds, e);
    }
  }
}
