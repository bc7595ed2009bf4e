package dev.voicebridge.bridge.sip;

import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

/**
 * A new inbound call, from the INVITE until the call layer answers it. Accessors may be called
 * from any thread. Actions belong on {@link #eventLoop()}; called from another thread they are
 * handed to it. Each action after the final answer (accept or reject), or after the caller
 * cancelled, is ignored.
 */
public interface IncomingInvite {
  /** The Call-ID. */
  String callId();

  /** The caller's URI from the From header, e.g. {@code sip:+4930123@carrier.example}. */
  String fromUri();

  /** The caller's display name from the From header, or null. */
  String fromDisplayName();

  /** The URI of the To header. */
  String toUri();

  /** The Request-URI. */
  String requestUri();

  /**
   * The called number: the user part of a {@code sip:} Request-URI, or the number of a {@code
   * tel:} one, or null if there is none. Per-number profiles route on it.
   */
  String calledNumber();

  /** The first value of a header, by name (e.g. {@code P-Asserted-Identity}), or null. */
  String header(String name);

  /** The SDP offer of the INVITE, or null for an offerless INVITE (the answer comes in the ACK). */
  byte[] sdp();

  /** Where the INVITE came from. */
  InetSocketAddress sourceAddress();

  /** The transport it came over. */
  SipTransport transport();

  /** The event loop the call runs on: every callback of this call comes from it. */
  EventLoop eventLoop();

  /** Sends 180 Ringing. */
  void sendRinging();

  /** Sends 183 Session Progress with early media SDP. */
  void sendProgress(byte[] sdp);

  /**
   * Answers 200 OK with the bridge's Contact and {@code sdp}: the answer to the INVITE's offer, or
   * an offer when the INVITE had none. The 2xx is retransmitted until the ACK arrives ({@link
   * DialogListener#onAck}); without one in 64*T1 the dialog ends with {@link
   * TerminationReason#NO_ACK}.
   *
   * @return the dialog, on which the bridge may hang up
   */
  SipDialog accept(byte[] sdp);

  /** Rejects the call with a final response, e.g. {@code reject(486, "Busy Here")}. */
  void reject(int status, String reason);

  /** Rejects the call and asks the caller to retry later (e.g. 503 with Retry-After). */
  void reject(int status, String reason, Duration retryAfter);

  /** Rejects the call with extra headers (e.g. {@code Reason}, {@code Warning}). */
  void reject(int status, String reason, Map<String, String> extraHeaders);
}
