package dev.voicebridge.bridge.sdp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed or generated SDP session description (RFC 8866), holding what offer/answer needs.
 *
 * <p>Timing ({@code t=}), bandwidth ({@code b=}) and informational lines are checked by the parser
 * but not kept: a telephony session is always {@code t=0 0}, and the bridge sends G.711 at its
 * fixed rate whatever bandwidth is announced.
 *
 * @param origin the {@code o=} line
 * @param sessionName the {@code s=} line, {@code -} when there is none to give
 * @param connection the session-level {@code c=} line, the default for every media section
 * @param attributes the session-level {@code a=} lines in order
 * @param media the media sections in order; answers keep this order (RFC 3264 §6)
 */
public record SessionDescription(
    SdpOrigin origin,
    String sessionName,
    Optional<ConnectionAddress> connection,
    List<SdpAttribute> attributes,
    List<MediaDescription> media) {

  /** The MIME type of an SDP body, for {@code Content-Type}. */
  public static final String CONTENT_TYPE = "application/sdp";

  private static final String CRLF = "\r\n";

  /** Checks the components and copies the lists. */
  public SessionDescription {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sessionName, "sessionName");
    Objects.requireNonNull(connection, "connection");
    attributes = List.copyOf(attributes);
    media = List.copyOf(media);
  }

  /**
   * Parses an SDP body strictly.
   *
   * @param body the message body, UTF-8, lines ending in CRLF (or bare LF)
   * @return the description
   * @throws SdpNegotiationException with status 400 if the body is not valid SDP
   */
  public static SessionDescription parse(byte[] body) throws SdpNegotiationException {
    return new SdpParser(body).parse();
  }

  /**
   * The effective connection address of a media section: its own {@code c=} line, else the
   * session's (RFC 8866 §5.7).
   *
   * @param mediaDescription one of this description's media sections
   * @return the address; the parser guarantees one exists for every parsed section
   */
  public Optional<ConnectionAddress> connectionOf(MediaDescription mediaDescription) {
    return mediaDescription.connection().or(this::connection);
  }

  /**
   * The value of the first session-level attribute with this name.
   *
   * @param name the attribute name
   * @return its value, or empty if absent
   */
  public Optional<String> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).map(SdpAttribute::value)
        .findFirst();
  }

  /** The description as SDP text, CRLF line endings, in RFC 8866 §5 line order. */
  public String toSdpText() {
    return write(false);
  }

  /** The SDP text with SRTP keys masked ({@link SdpAttribute#toMaskedSdpValue()}): for logs. */
  @Override
  public String toString() {
    return write(true);
  }

  private String write(boolean masked) {
    StringBuilder sdp = new StringBuilder(256);
    line(sdp, 'v', "0");
    line(sdp, 'o', origin.toSdpValue());
    line(sdp, 's', sessionName);
    connection.ifPresent(c -> line(sdp, 'c', c.toSdpValue()));
    line(sdp, 't', "0 0");
    attributes.forEach(a -> line(sdp, 'a', masked ? a.toMaskedSdpValue() : a.toSdpValue()));
    for (MediaDescription m : media) {
      line(sdp, 'm', m.mediaType() + " " + m.port() + " " + m.protocol() + " "
          + String.join(" ", m.formats()));
      m.connection().ifPresent(c -> line(sdp, 'c', c.toSdpValue()));
      m.attributes().forEach(
          a -> line(sdp, 'a', masked ? a.toMaskedSdpValue() : a.toSdpValue()));
    }
    return sdp.toString();
  }

  /** The description as a message body: {@link #toSdpText()} in UTF-8. */
  public byte[] toBytes() {
    return toSdpText().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder sdp, char type, String value) {
    sdp.append(type).append('=').append(value).append(CRLF);
  }
}
