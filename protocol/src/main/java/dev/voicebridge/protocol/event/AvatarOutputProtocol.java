package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Avatar config output protocols.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class AvatarOutputProtocol extends ExpandableStringEnum {
  private static final Values<AvatarOutputProtocol> VALUES =
      new Values<>(AvatarOutputProtocol::new);

  /** Avatar media over WebRTC. */
  public static final AvatarOutputProtocol WEBRTC = VALUES.known("webrtc");

  /** Avatar media over this WebSocket. */
  public static final AvatarOutputProtocol WEBSOCKET = VALUES.known("websocket");

  private AvatarOutputProtocol(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static AvatarOutputProtocol fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<AvatarOutputProtocol> values() {
    return VALUES.values();
  }
}
