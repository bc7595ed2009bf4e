package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.IncomingInvite;
import dev.voicebridge.bridge.sip.SipDialog;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.TerminationReason;
import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.message.SipResponses;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.Header;

/**
 * The call layer's view of an unanswered inbound call: what the INVITE says, and the actions that
 * answer it, each carried out on the dialog's event loop.
 */
final class InboundInvite implements IncomingInvite {
  private final ServerDialog dialog;
  private final SIPRequest invite;
  private final InetSocketAddress source;
  private final SipTransport transport;

  InboundInvite(ServerDialog dialog, InetSocketAddress source, SipTransport transport) {
    this.dialog = dialog;
    this.invite = dialog.invite();
    this.source = source;
    this.transport = transport;
  }

  @Override
  public String callId() {
    return dialog.callId();
  }

  @Override
  public String fromUri() {
    return invite.getFrom().getAddress().getURI().toString();
  }

  @Override
  public String fromDisplayName() {
    return invite.getFrom().getAddress().getDisplayName();
  }

  @Override
  public String toUri() {
    return invite.getTo().getAddress().getURI().toString();
  }

  @Override
  public String requestUri() {
    return invite.getRequestURI().toString();
  }

  @Override
  public String calledNumber() {
    URI uri = invite.getRequestURI();
    if (uri instanceof SipURI sip) {
      return sip.getUser();
    }
    if (uri instanceof TelURL tel) {
      // JAIN-SIP strips the '+' of a global number into a flag; profiles route on E.164.
      return tel.isGlobal() ? "+" + tel.getPhoneNumber() : tel.getPhoneNumber();
    }
    return null;
  }

  @Override
  public String header(String name) {
    SIPHeader header = (SIPHeader) invite.getHeader(name);
    return header == null ? null : header.getHeaderValue();
  }

  @Override
  public byte[] sdp() {
    return invite.getRawContent();
  }

  @Override
  public InetSocketAddress sourceAddress() {
    return source;
  }

  @Override
  public SipTransport transport() {
    return transport;
  }

  @Override
  public EventLoop eventLoop() {
    return dialog.eventLoop();
  }

  @Override
  public void sendRinging() {
    dialog.onLoop(() -> dialog.sendProvisional(180, null));
  }

  @Override
  public void sendProgress(byte[] sdp) {
    dialog.onLoop(() -> dialog.sendProvisional(183, sdp));
  }

  @Override
  public SipDialog accept(byte[] sdp) {
    dialog.onLoop(() -> dialog.accept(sdp));
    return dialog;
  }

  @Override
  public void reject(int status, String reason) {
    reject(status, reason, Map.of());
  }

  @Override
  public void reject(int status, String reason, Duration retryAfter) {
    checkRejection(status);
    dialog.onLoop(() -> {
      SIPResponse response = response(status, reason);
      SipResponses.addRetryAfter(response, retryAfter.toSeconds());
      dialog.reject(response, TerminationReason.REJECTED);
    });
  }

  @Override
  public void reject(int status, String reason, Map<String, String> extraHeaders) {
    checkRejection(status);
    List<Header> headers = new ArrayList<>();
    try {
      for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
        headers.add(SipFactories.headers().createHeader(header.getKey(), header.getValue()));
      }
    } catch (ParseException e) {
      throw new IllegalArgumentException("Bad extra header in " + extraHeaders, e);
    }
    dialog.onLoop(() -> {
      SIPResponse response = response(status, reason);
      headers.forEach(response::addHeader);
      dialog.reject(response, TerminationReason.REJECTED);
    });
  }

  private SIPResponse response(int status, String reason) {
    return SipResponses.create(invite, status, reason, dialog.localTag());
  }

  private static void checkRejection(int status) {
    if (status < 300 || status > 699) {
      throw new IllegalArgumentException("Not a rejection: " + status);
    }
  }
}
