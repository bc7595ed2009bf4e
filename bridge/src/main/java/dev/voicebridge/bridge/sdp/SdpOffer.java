package dev.voicebridge.bridge.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * An SDP offer (RFC 3264 §5): the body of an INVITE or re-INVITE from the far end, or the offer
 * the bridge itself sends in a 200 OK to an INVITE without SDP.
 *
 * <p>Immutable. Besides the full description it exposes the audio stream the bridge would
 * negotiate ({@link AudioStream#select}), computed once when the offer is parsed.
 */
public final class SdpOffer {
  private final SessionDescription description;
  private final Optional<AudioStream> audio;

  private SdpOffer(SessionDescription description, Optional<AudioStream> audio) {
    this.description = description;
    this.audio = audio;
  }

  /**
   * Parses an offer.
   *
   * @param body the message body
   * @return the offer
   * @throws SdpNegotiationException with status 400 if the body is not valid SDP
   */
  public static SdpOffer parse(byte[] body) throws SdpNegotiationException {
    return of(SessionDescription.parse(body));
  }

  /**
   * Wraps a session description as an offer.
   *
   * @param description a parsed or built description
   * @return the offer
   * @throws SdpNegotiationException with status 400 if its audio stream is malformed
   */
  public static SdpOffer of(SessionDescription description) throws SdpNegotiationException {
    return new SdpOffer(description, AudioStream.select(description));
  }

  /** Wraps the bridge's own description, which is valid by construction. */
  static SdpOffer ours(SessionDescription description) {
    try {
      return of(description);
    } catch (SdpNegotiationException e) {
      throw new IllegalStateException("the bridge wrote invalid SDP: " + e.reason(), e);
    }
  }

  /** The whole session description, every {@code m=} line in order. */
  public SessionDescription description() {
    return description;
  }

  /** The first usable audio stream, empty if the offer has no active {@code m=audio}. */
  public Optional<AudioStream> audio() {
    return audio;
  }

  /** The offer as a message body. */
  public byte[] toBytes() {
    return description.toBytes();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SdpOffer that && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(SdpOffer.class, description);
  }

  /** The SDP text with any SRTP keys masked, fit for a log; {@link #toBytes()} is the body. */
  @Override
  public String toString() {
    return description.toString();
  }
}
