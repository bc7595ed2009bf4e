package dev.voicebridge.bridge.sdp;

import java.util.List;
import java.util.Optional;

/**
 * The direction attribute of a media stream (RFC 8866 §6.7): {@code a=sendrecv}, {@code
 * a=sendonly}, {@code a=recvonly} or {@code a=inactive}, always from the point of view of the
 * party that wrote the SDP.
 */
public enum MediaDirection {
  /** Sends and receives; the default when no direction attribute is present (RFC 8866 §6.7). */
  SENDRECV("sendrecv", true, true),
  /** Sends only; what a phone offers when it puts the call on hold (RFC 3264 §8.4). */
  SENDONLY("sendonly", true, false),
  /** Receives only. */
  RECVONLY("recvonly", false, true),
  /** Neither sends nor receives: a held call that also stops music on hold. */
  INACTIVE("inactive", false, false);

  private final String attributeName;
  private final boolean sends;
  private final boolean receives;

  MediaDirection(String attributeName, boolean sends, boolean receives) {
    this.attributeName = attributeName;
    this.sends = sends;
    this.receives = receives;
  }

  /** The attribute name as written in SDP, e.g. {@code sendonly}. */
  public String attributeName() {
    return attributeName;
  }

  /** Whether the writer of the SDP sends media on this stream. */
  public boolean sends() {
    return sends;
  }

  /** Whether the writer of the SDP wants to receive media on this stream. */
  public boolean receives() {
    return receives;
  }

  /**
   * The direction an answerer writes for this offered one (RFC 3264 §6.1): sendonly becomes
   * recvonly, recvonly becomes sendonly, sendrecv and inactive stay. The same mapping gives the
   * offerer's effective direction from the answer's.
   */
  public MediaDirection reversed() {
    return of(receives, sends);
  }

  /**
   * The direction allowed by both this and another direction, e.g. sendrecv limited by recvonly
   * gives recvonly.
   *
   * @param other the other limit
   * @return the common direction
   */
  public MediaDirection limitedTo(MediaDirection other) {
    return of(sends && other.sends, receives && other.receives);
  }

  /** This direction without sending: sendrecv becomes recvonly, sendonly becomes inactive. */
  public MediaDirection withoutSending() {
    return of(false, receives);
  }

  /** This direction without receiving: sendrecv becomes sendonly, recvonly becomes inactive. */
  public MediaDirection withoutReceiving() {
    return of(sends, false);
  }

  /**
   * The direction with the given abilities.
   *
   * @param sends whether media is sent
   * @param receives whether media is received
   * @return the matching direction
   */
  public static MediaDirection of(boolean sends, boolean receives) {
    if (sends) {
      return receives ? SENDRECV : SENDONLY;
    }
    return receives ? RECVONLY : INACTIVE;
  }

  /**
   * The first direction attribute among these {@code a=} lines.
   *
   * @param attributes the attributes of one level (session or media)
   * @return the direction, or empty if none is stated at that level
   */
  public static Optional<MediaDirection> in(List<SdpAttribute> attributes) {
    for (SdpAttribute attribute : attributes) {
      for (MediaDirection direction : values()) {
        if (attribute.name().equals(direction.attributeName) && attribute.value().isEmpty()) {
          return Optional.of(direction);
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code a=} line for this direction. */
  public SdpAttribute toAttribute() {
    return SdpAttribute.property(attributeName);
  }
}
