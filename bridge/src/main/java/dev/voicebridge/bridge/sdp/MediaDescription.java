package dev.voicebridge.bridge.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One media section: an {@code m=} line and the {@code c=} and {@code a=} lines below it (RFC 8866
 * §5.14).
 *
 * @param mediaType {@code audio}, {@code video}, {@code application} …
 * @param port the transport port; 0 marks a rejected or disabled stream (RFC 3264 §5.1, §6)
 * @param protocol the transport protocol, e.g. {@code RTP/AVP} or {@code RTP/SAVP}
 * @param formats the media formats in the offerer's preference order (RTP payload types as text)
 * @param connection the media-level {@code c=} line, which overrides the session-level one
 * @param attributes the media-level {@code a=} lines in order
 */
public record MediaDescription(
    String mediaType,
    int port,
    String protocol,
    List<String> formats,
    Optional<ConnectionAddress> connection,
    List<SdpAttribute> attributes) {

  /** The highest value an {@code m=} port can take. */
  public static final int MAX_PORT = 65_535;

  /** Checks the components and copies the lists. */
  public MediaDescription {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(connection, "connection");
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    formats = List.copyOf(formats);
    attributes = List.copyOf(attributes);
    if (formats.isEmpty()) {
      // RFC 8866 §5.14: at least one format is required, even on a rejected stream.
      throw new IllegalArgumentException("an m= line needs at least one format");
    }
  }

  /** Whether the stream is rejected or disabled: port 0 (RFC 3264 §5.1). */
  public boolean isRejected() {
    return port == 0;
  }

  /**
   * The value of the first attribute with this name.
   *
   * @param name the attribute name, e.g. {@code ptime}
   * @return its value (empty text for a property attribute), or empty if absent
   */
  public Optional<String> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).map(SdpAttribute::value)
        .findFirst();
  }

  /**
   * This media section as an answer rejects it (RFC 3264 §6): port 0, same media type, protocol
   * and formats (SDP requires at least one format, which the offerer ignores).
   *
   * @return a copy with port 0 and no attributes or connection
   */
  public MediaDescription rejected() {
    return new MediaDescription(mediaType, 0, protocol, formats, Optional.empty(), List.of());
  }
}
