package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.message.SipResponses;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.text.ParseException;
import java.util.Iterator;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.header.RecordRouteHeader;

/**
 * Responses that create or confirm a dialog (RFC 3261 §12.1.1, §13.3.1): the dialog's To tag,
 * the bridge's Contact, the Record-Route headers of the request copied in order, and the SDP.
 */
final class DialogResponses {
  private DialogResponses() {}

  /**
   * A 1xx or 2xx to an INVITE or re-INVITE.
   *
   * @param request the INVITE
   * @param status 101 to 299
   * @param localTag the dialog's tag
   * @param contact the bridge's Contact
   * @param sdp the body, or null
   */
  static SIPResponse create(
      SIPRequest request, int status, String localTag, ContactHeader contact, byte[] sdp) {
    SIPResponse response = SipResponses.create(request, status, null, localTag);
    response.setHeader((Header) contact.clone());
    Iterator<?> recordRoutes = request.getHeaders(RecordRouteHeader.NAME);
    while (recordRoutes.hasNext()) {
      response.addHeader((Header) ((Header) recordRoutes.next()).clone());
    }
    if (status >= 200) {
      SipResponses.addAllow(response);
    }
    if (sdp != null) {
      setSdp(response, sdp);
    }
    return response;
  }

  private static void setSdp(SIPResponse response, byte[] sdp) {
    try {
      ContentTypeHeader type = SipFactories.headers().createContentTypeHeader("application", "sdp");
      response.setContent(sdp, type);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
