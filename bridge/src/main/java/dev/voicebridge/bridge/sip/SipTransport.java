package dev.voicebridge.bridge.sip;

import java.util.Locale;

/** The transport a SIP message travelled over, as named in the Via header (RFC 3261 §18). */
public enum SipTransport {
  /** Datagrams: requests and responses are retransmitted by the transaction layer. */
  UDP(false),
  /** A stream: reliable, framed by Content-Length, responses go back on the same connection. */
  TCP(true);

  private final boolean reliable;

  SipTransport(boolean reliable) {
    this.reliable = reliable;
  }

  /**
   * Whether the transport delivers reliably. Transaction timers A, E and G (retransmissions) only
   * run over unreliable transports, and timers D, I, J and K are zero over reliable ones (RFC 3261
   * §17).
   */
  public boolean isReliable() {
    return reliable;
  }

  /** The transport token used in a Via header and in a URI {@code transport} parameter. */
  public String token() {
    return name();
  }

  /**
   * The transport named by a Via token, case-insensitively.
   *
   * @throws IllegalArgumentException for a transport the bridge does not speak (TLS, SCTP, WS)
   */
  public static SipTransport fromToken(String token) {
    return valueOf(token.toUpperCase(Locale.ROOT));
  }
}
