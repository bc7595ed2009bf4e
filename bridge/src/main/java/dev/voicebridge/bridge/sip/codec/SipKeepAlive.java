package dev.voicebridge.bridge.sip.codec;

/**
 * A keep-alive read from a SIP stream: RFC 5626 §3.5.1 has the client send a double CRLF
 * ("ping") between messages, which the server answers with a single CRLF ("pong").
 */
public enum SipKeepAlive {
  /** A double CRLF received on a stream; answer with {@link #PONG_BYTES}. */
  PING;

  /** The pong: one CRLF. */
  public static final byte[] PONG_BYTES = {'\r', '\n'};
}
