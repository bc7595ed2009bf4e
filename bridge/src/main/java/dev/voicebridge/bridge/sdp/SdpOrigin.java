package dev.voicebridge.bridge.sdp;

import java.util.Objects;

/**
 * The {@code o=} line (RFC 8866 §5.2): who created the session description and which version of
 * it this is.
 *
 * <p>Session id and version are kept as text: RFC 8866 only asks for digits and some devices use
 * more digits than a {@code long} holds. RFC 3264 §8 requires the version to grow by one with
 * each new description sent within a dialog, which {@link SdpDialog} does for ours.
 *
 * @param username the originator's login, {@code -} when there is none
 * @param sessionId the numeric session id
 * @param sessionVersion the numeric version of this description
 * @param address the originating host
 */
public record SdpOrigin(
    String username, String sessionId, String sessionVersion, ConnectionAddress address) {

  /** Checks the components. */
  public SdpOrigin {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(sessionVersion, "sessionVersion");
    Objects.requireNonNull(address, "address");
  }

  /** The value of the {@code o=} line. */
  public String toSdpValue() {
    return username + " " + sessionId + " " + sessionVersion + " " + address.toSdpValue();
  }
}
