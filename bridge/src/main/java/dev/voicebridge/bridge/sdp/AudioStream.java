package dev.voicebridge.bridge.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The audio stream of an SDP offer or answer as the bridge sees it: one {@code m=audio} section
 * resolved against the session level.
 *
 * @param index the position of its {@code m=} line among all media sections, from 0
 * @param connection the effective connection address (media level overrides session level)
 * @param port the RTP port, never 0 (rejected streams are not selected)
 * @param protocol the transport, {@value #RTP_AVP} for the plain RTP the bridge speaks
 * @param formats the payload formats in the order of the {@code m=} line; empty for a transport
 *     that is not RTP
 * @param ptime the {@code a=ptime} packet time in milliseconds, if stated
 * @param maxptime the {@code a=maxptime} in milliseconds, if stated
 * @param direction the effective direction as written by the SDP's author: the media-level
 *     attribute, else the session-level one, else sendrecv (RFC 8866 §6.7)
 * @param telephoneEvent the first RFC 4733 telephone-event at 8000 Hz, if listed
 */
public record AudioStream(
    int index,
    ConnectionAddress connection,
    int port,
    String protocol,
    List<PayloadFormat> formats,
    OptionalInt ptime,
    OptionalInt maxptime,
    MediaDirection direction,
    Optional<TelephoneEvent> telephoneEvent) {

  /** Plain RTP audio/video profile (RFC 3551), the only transport the bridge accepts for now. */
  public static final String RTP_AVP = "RTP/AVP";

  /** Checks the components and copies the list. */
  public AudioStream {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(ptime, "ptime");
    Objects.requireNonNull(maxptime, "maxptime");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(telephoneEvent, "telephoneEvent");
    formats = List.copyOf(formats);
  }

  /**
   * The audio stream to negotiate: the first active {@code m=audio} over plain RTP, else the
   * first active {@code m=audio} of any transport (so that the refusal can name it). An offer
   * listing an SRTP and a plain RTP version of one stream thus gets the plain one.
   *
   * @param sdp a parsed offer or answer
   * @return the stream, or empty if no {@code m=audio} has a port other than 0
   * @throws SdpNegotiationException (400) if its payload types or rtpmap lines are malformed
   */
  static Optional<AudioStream> select(SessionDescription sdp) throws SdpNegotiationException {
    int fallback = -1;
    for (int i = 0; i < sdp.media().size(); i++) {
      MediaDescription media = sdp.media().get(i);
      if (media.mediaType().equals("audio") && !media.isRejected()) {
        if (media.protocol().equals(RTP_AVP)) {
          return Optional.of(of(sdp, i));
        }
        fallback = fallback < 0 ? i : fallback;
      }
    }
    return fallback < 0 ? Optional.empty() : Optional.of(of(sdp, fallback));
  }

  /**
   * The audio stream at a given media position.
   *
   * @param sdp a parsed offer or answer
   * @param index the position of an active audio section
   * @return the stream
   * @throws SdpNegotiationException (400) if its payload types or rtpmap lines are malformed
   */
  static AudioStream of(SessionDescription sdp, int index) throws SdpNegotiationException {
    MediaDescription media = sdp.media().get(index);
    // Formats of a non-RTP transport are not payload types; leave them to the refusal.
    List<PayloadFormat> formats =
        media.protocol().contains("RTP/") ? PayloadFormat.of(media) : List.of();
    MediaDirection direction = MediaDirection.in(media.attributes())
        .or(() -> MediaDirection.in(sdp.attributes()))
        .orElse(MediaDirection.SENDRECV);
    return new AudioStream(index, sdp.connectionOf(media).orElseThrow(), media.port(),
        media.protocol(), formats, milliseconds(media, "ptime"), milliseconds(media, "maxptime"),
        direction, formats.stream().flatMap(f -> TelephoneEvent.of(f).stream()).findFirst());
  }

  /** Whether the transport is plain RTP, {@value #RTP_AVP}. */
  public boolean isPlainRtp() {
    return protocol.equals(RTP_AVP);
  }

  /** Whether the stream is on hold the RFC 2543 way, with connection address 0.0.0.0. */
  public boolean isLegacyHold() {
    return connection.isUnspecified();
  }

  /** How an error message names the stream: {@code m=audio RTP/SAVP 0 8}. */
  public String describe() {
    StringBuilder text = new StringBuilder("m=audio ").append(protocol);
    formats.forEach(f -> text.append(' ').append(f.payloadType()));
    return text.toString();
  }

  private static OptionalInt milliseconds(MediaDescription media, String attribute) {
    // A hint only (RFC 8866 §6.4): an unreadable value is ignored rather than failing the call.
    Optional<String> value = media.attribute(attribute).map(String::strip);
    if (value.isEmpty() || value.get().isEmpty() || value.get().length() > 4
        || !value.get().chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    int milliseconds = Integer.parseInt(value.get());
    return milliseconds > 0 ? OptionalInt.of(milliseconds) : OptionalInt.empty();
  }
}
