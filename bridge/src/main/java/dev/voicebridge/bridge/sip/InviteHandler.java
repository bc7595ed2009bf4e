package dev.voicebridge.bridge.sip;

/**
 * The call layer's entry point: receives every new inbound call the SIP layer admitted (valid,
 * under capacity, with an SDP offer or none).
 */
@FunctionalInterface
public interface InviteHandler {
  /**
   * A new INVITE. Called on the call's event loop; must not block. The call layer answers through
   * {@code invite} now or later (after opening its media), from that event loop, and returns the
   * listener for everything that happens to the call from now on, including a CANCEL that
   * arrives before it answers.
   *
   * <p>If this method throws, the INVITE is answered 500 and no callback follows.
   *
   * @param invite the INVITE
   * @return the listener for this call, never null
   */
  DialogListener onInvite(IncomingInvite invite);
}
