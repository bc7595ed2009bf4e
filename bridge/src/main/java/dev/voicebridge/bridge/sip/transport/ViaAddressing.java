package dev.voicebridge.bridge.sip.transport;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.text.ParseException;

/**
 * The transport layer's use of the top Via of a received request: recording where the request
 * really came from (RFC 3261 §18.2.1, RFC 3581 §4) and working out where its responses go (RFC
 * 3261 §18.2.2, RFC 3581 §4), without DNS.
 */
public final class ViaAddressing {
  private static final int DEFAULT_PORT = 5060;

  private ViaAddressing() {}

  /**
   * Adds {@code received} to the top Via when the request came from another address than its
   * sent-by says (always when the client asked with {@code rport}), and fills in the {@code rport}
   * value the client asked for. Behind a NAT the sent-by is the private address, so without this
   * the responses would go nowhere.
   */
  public static void stampReceived(SIPRequest request, InetSocketAddress source) {
    Via via = request.getTopmostVia();
    if (via == null || source.getAddress() == null) {
      return;
    }
    String sourceIp = source.getAddress().getHostAddress();
    boolean askedForRport = via.hasParameter("rport");
    try {
      if (askedForRport || !sameAddress(via.getHost(), source.getAddress())) {
        via.setReceived(sourceIp);
      }
      if (askedForRport) {
        via.setParameter("rport", Integer.toString(source.getPort()));
      }
    } catch (ParseException e) {
      // An IP address and a port number always form valid parameters.
      throw new IllegalStateException(e);
    }
  }

  /**
   * The flow responses to {@code request} take: the same connection over TCP; over UDP the
   * received address and rport (RFC 3581), or the received address and the sent-by port.
   * Because {@link #stampReceived} sets {@code received} whenever the sent-by is not the source
   * IP, a hostname in sent-by never needs resolving.
   */
  public static SipFlow responseFlow(SIPRequest request, SipFlow arrival) {
    if (arrival.transport().isReliable()) {
      return arrival;
    }
    Via via = request.getTopmostVia();
    String host = via.getReceived() != null ? via.getReceived() : via.getHost();
    int port = via.getRPort() > 0 ? via.getRPort()
        : via.getPort() > 0 ? via.getPort()
        : DEFAULT_PORT;
    InetAddress address = literalAddress(host);
    if (address == null) {
      return arrival;
    }
    return arrival.withRemoteAddress(new InetSocketAddress(address, port));
  }

  /** The address of an IP literal (brackets allowed for IPv6), or null for a hostname. */
  public static InetAddress literalAddress(String host) {
    if (host == null) {
      return null;
    }
    String bare = host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1) : host;
    byte[] bytes = NetUtil.createByteArrayFromIpAddressString(bare);
    if (bytes == null) {
      return null;
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean sameAddress(String sentByHost, InetAddress source) {
    InetAddress sentBy = literalAddress(sentByHost);
    return sentBy != null && sentBy.equals(source);
  }
}
