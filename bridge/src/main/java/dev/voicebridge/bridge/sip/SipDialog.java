package dev.voicebridge.bridge.sip;

import io.netty.channel.EventLoop;

/**
 * An answered inbound call's dialog (RFC 3261 §12). Accessors may be called from any thread;
 * {@link #bye()} is handed to {@link #eventLoop()} when called from another thread.
 */
public interface SipDialog {
  /** The Call-ID. */
  String callId();

  /** The bridge's tag (the To tag of its responses). */
  String localTag();

  /** The caller's tag (the From tag of the INVITE). */
  String remoteTag();

  /** The event loop the dialog runs on. */
  EventLoop eventLoop();

  /** Whether the dialog has ended. */
  boolean isTerminated();

  /**
   * Hangs up: sends BYE with the route set, the next local CSeq and a fresh branch to the caller's
   * Contact. If the ACK of the 2xx has not arrived yet, the BYE waits for it (RFC 3261 §15). The
   * dialog ends when the BYE is answered or times out, reported as {@link
   * TerminationReason#LOCAL_BYE} or {@link TerminationReason#BYE_TIMEOUT}. Idempotent.
   */
  void bye();
}
