package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.message.SipIds;
import gov.nist.javax.sip.message.SIPRequest;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;

/**
 * Builds the requests the bridge sends within a dialog it accepted (RFC 3261 §12.2.1.1): From is
 * the INVITE's To with the bridge's tag, To is the INVITE's From, the Request-URI is the remote
 * target, and the route set is the INVITE's Record-Route in order (§12.1.1). Loose routes (with
 * {@code lr}) go into Route headers; a strict first route becomes the Request-URI with the remote
 * target appended last.
 */
final class DialogRequestFactory {
  private final CallIdHeader callId;
  private final FromHeader from;
  private final ToHeader to;
  private final List<Address> routeSet;
  private final LocalContact contact;
  private URI remoteTarget;

  DialogRequestFactory(SIPRequest invite, String localTag, LocalContact contact) {
    this.callId = (CallIdHeader) invite.getCallId().clone();
    this.contact = contact;
    try {
      this.from = SipFactories.headers().createFromHeader(
          (Address) invite.getTo().getAddress().clone(), localTag);
      this.to = SipFactories.headers().createToHeader(
          (Address) invite.getFrom().getAddress().clone(), invite.getFromTag());
    } catch (ParseException e) {
      throw new IllegalArgumentException("Bad tag in " + invite.getFirstLine(), e);
    }
    List<Address> routes = new ArrayList<>();
    Iterator<?> recordRoutes = invite.getHeaders(RecordRouteHeader.NAME);
    while (recordRoutes.hasNext()) {
      routes.add((Address) ((RecordRouteHeader) recordRoutes.next()).getAddress().clone());
    }
    this.routeSet = List.copyOf(routes);
    refreshTarget(invite);
  }

  /**
   * Takes the remote target from the Contact of a target refresh request (the INVITE, a
   * re-INVITE, §12.2.2); without a Contact the From URI is the best guess.
   */
  void refreshTarget(SIPRequest request) {
    ContactHeader peerContact = (ContactHeader) request.getHeader(ContactHeader.NAME);
    if (peerContact != null) {
      remoteTarget = (URI) peerContact.getAddress().getURI().clone();
    } else if (remoteTarget == null) {
      remoteTarget = (URI) request.getFrom().getAddress().getURI().clone();
    }
  }

  /** Where the next request goes first: the first route, or the remote target. */
  URI nextHop() {
    return routeSet.isEmpty() ? remoteTarget : routeSet.get(0).getURI();
  }

  /** A new request within the dialog, with a fresh branch. */
  SIPRequest create(String method, long cseq) {
    HeaderFactory headers = SipFactories.headers();
    try {
      boolean strict = !routeSet.isEmpty() && !isLoose(routeSet.get(0));
      URI requestUri = strict ? routeSet.get(0).getURI() : remoteTarget;
      SIPRequest request = (SIPRequest) SipFactories.messages().createRequest(
          (URI) requestUri.clone(), method, (CallIdHeader) callId.clone(),
          headers.createCSeqHeader(cseq, method), (FromHeader) from.clone(),
          (ToHeader) to.clone(), List.of(contact.newVia(SipIds.newBranch())),
          headers.createMaxForwardsHeader(70));
      for (int i = strict ? 1 : 0; i < routeSet.size(); i++) {
        request.addHeader(headers.createRouteHeader((Address) routeSet.get(i).clone()));
      }
      if (strict) {
        Address target = SipFactories.addresses().createAddress((URI) remoteTarget.clone());
        request.addHeader(headers.createRouteHeader(target));
      }
      return request;
    } catch (ParseException | InvalidArgumentException e) {
      throw new IllegalStateException("Cannot build " + method + " for " + callId, e);
    }
  }

  private static boolean isLoose(Address route) {
    return route.getURI() instanceof SipURI uri && uri.hasLrParam();
  }

  /** The Route headers the requests carry, for tests. */
  List<Address> routeSet() {
    return routeSet;
  }
}
