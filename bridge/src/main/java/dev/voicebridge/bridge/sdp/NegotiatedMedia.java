package dev.voicebridge.bridge.sdp;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of one offer/answer exchange for the call's audio: what the RTP layer sends, where,
 * and what it may receive.
 *
 * @param codec the G.711 law both sides agreed on
 * @param payloadType the RTP payload type for it, as the offer numbered it (static 0 or 8, or a
 *     dynamic type mapped to PCMU/PCMA)
 * @param remoteRtpAddress where to send RTP: an IP literal and port, {@code 0.0.0.0} on legacy
 *     hold
 * @param ptimeMs the packet time the bridge sends and asked to receive
 * @param remotePtimeMs the packet time the far end asked to receive, if it said; the bridge sends
 *     {@code ptimeMs} regardless, as RFC 8866 §6.4 makes ptime a hint
 * @param direction the bridge's own direction for this stream
 * @param telephoneEvent the RFC 4733 DTMF payload type and events both sides agreed on, if any
 * @param onHold whether the far end put the call on hold (sendonly, inactive or c=0.0.0.0)
 */
public record NegotiatedMedia(
    G711Codec codec,
    int payloadType,
    InetSocketAddress remoteRtpAddress,
    int ptimeMs,
    OptionalInt remotePtimeMs,
    MediaDirection direction,
    Optional<TelephoneEvent> telephoneEvent,
    boolean onHold) {

  /** Checks the components. */
  public NegotiatedMedia {
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(remoteRtpAddress, "remoteRtpAddress");
    Objects.requireNonNull(remotePtimeMs, "remotePtimeMs");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(telephoneEvent, "telephoneEvent");
    if (remoteRtpAddress.isUnresolved()) {
      throw new IllegalArgumentException("remote RTP address must be an IP literal");
    }
  }

  /**
   * Whether the bridge should send RTP: its direction allows it and the far end gave a real
   * address (never to 0.0.0.0, the RFC 2543 hold address).
   */
  public boolean sendsMedia() {
    return direction.sends() && !remoteRtpAddress.getAddress().isAnyLocalAddress();
  }

  /** Whether the bridge expects RTP from the far end. */
  public boolean receivesMedia() {
    return direction.receives();
  }
}
