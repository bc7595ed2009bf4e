package dev.voicebridge.bridge.sip.message;

import dev.voicebridge.bridge.sip.SipProtocolException;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A SIP message as it came off the network: the parsed message, who sent it, and, for a request
 * the bridge must refuse (a missing or malformed mandatory header, Max-Forwards 0), the refusal.
 * A request with a defect is only parsed far enough to be answered and never reaches a
 * transaction.
 *
 * @param message the parsed request or response
 * @param sender the source address of the datagram or connection
 * @param defect the response to send instead of processing the request, or null
 */
public record InboundSipMessage(
    SIPMessage message, InetSocketAddress sender, SipProtocolException defect) {

  /** Checks that a defect only comes with a request. */
  public InboundSipMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sender, "sender");
    if (defect != null && !(message instanceof SIPRequest)) {
      throw new IllegalArgumentException("Only requests are answered with a defect");
    }
  }

  /** Whether the message is a request (otherwise a response). */
  public boolean isRequest() {
    return message instanceof SIPRequest;
  }
}
