package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.SipConfig;
import dev.voicebridge.bridge.sip.SipTransport;
import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.Locale;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ViaHeader;

/**
 * The host and port by which the bridge is reached within one dialog: put in its Contact (RFC 3261
 * §12.1.1, the peer's remote target) and in the Via sent-by of the requests it sends.
 *
 * <p>In order of preference: the configured advertised address (a bridge behind NAT), the
 * concrete local address of the socket or connection, and, for a UDP socket bound to a wildcard,
 * the host the caller sent the INVITE to, which reached us.
 *
 * @param host the host or IP literal
 * @param port the port
 * @param transport the transport, also put in the Contact URI for TCP
 */
record LocalContact(String host, int port, SipTransport transport) {

  static LocalContact of(SipConfig config, SipFlow flow, SIPRequest request) {
    InetSocketAddress local = flow.localAddress();
    String host = config.advertisedHost();
    if (host == null && local != null && !local.getAddress().isAnyLocalAddress()) {
      host = hostOf(local.getAddress());
    }
    if (host == null && request.getRequestURI() instanceof SipURI uri) {
      host = uri.getHost();
    }
    if (host == null) {
      host = config.bindAddress();
    }
    int port = config.advertisedPort() > 0 ? config.advertisedPort()
        : local != null ? local.getPort() : SipConfig.DEFAULT_PORT;
    return new LocalContact(host, port, flow.transport());
  }

  /** {@code <sip:host:port>}, with {@code ;transport=tcp} over TCP. */
  ContactHeader contactHeader() {
    try {
      SipURI uri = SipFactories.addresses().createSipURI(null, host);
      uri.setPort(port);
      if (transport != SipTransport.UDP) {
        uri.setTransportParam(transport.token().toLowerCase(Locale.ROOT));
      }
      Address address = SipFactories.addresses().createAddress(uri);
      return SipFactories.headers().createContactHeader(address);
    } catch (ParseException e) {
      throw new IllegalStateException("Bad contact host " + host, e);
    }
  }

  /** A Via for a request the bridge sends, asking for rport (RFC 3581). */
  ViaHeader newVia(String branch) {
    try {
      Via via = (Via) SipFactories.headers().createViaHeader(host, port, transport.token(), branch);
      via.setRPort();
      return via;
    } catch (ParseException | InvalidArgumentException e) {
      throw new IllegalStateException("Bad Via for " + host + ":" + port, e);
    }
  }

  private static String hostOf(InetAddress address) {
    String literal = address.getHostAddress();
    return literal.indexOf(':') >= 0 ? "[" + literal + "]" : literal;
  }
}
