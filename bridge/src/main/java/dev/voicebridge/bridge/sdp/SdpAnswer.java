package dev.voicebridge.bridge.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * An SDP answer (RFC 3264 §6): the bridge's answer in a 200 OK, or the far end's answer in the
 * ACK to an INVITE the bridge answered with its own offer.
 *
 * <p>Immutable. Besides the full description it exposes its audio stream ({@link
 * AudioStream#select}), computed once when the answer is parsed.
 */
public final class SdpAnswer {
  private final SessionDescription description;
  private final Optional<AudioStream> audio;

  private SdpAnswer(SessionDescription description, Optional<AudioStream> audio) {
    this.description = description;
    this.audio = audio;
  }

  /**
   * Parses an answer.
   *
   * @param body the message body
   * @return the answer
   * @throws SdpNegotiationException with status 400 if the body is not valid SDP
   */
  public static SdpAnswer parse(byte[] body) throws SdpNegotiationException {
    return of(SessionDescription.parse(body));
  }

  /**
   * Wraps a session description as an answer.
   *
   * @param description a parsed or built description
   * @return the answer
   * @throws SdpNegotiationException with status 400 if its audio stream is malformed
   */
  public static SdpAnswer of(SessionDescription description) throws SdpNegotiationException {
    return new SdpAnswer(description, AudioStream.select(description));
  }

  /** Wraps the bridge's own description, which is valid by construction. */
  static SdpAnswer ours(SessionDescription description) {
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

  /** The first usable audio stream, empty if the answer has no active {@code m=audio}. */
  public Optional<AudioStream> audio() {
    return audio;
  }

  /** The answer as a message body. */
  public byte[] toBytes() {
    return description.toBytes();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SdpAnswer that && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(SdpAnswer.class, description);
  }

  /** The SDP text with any SRTP keys masked, fit for a log; {@link #toBytes()} is the body. */
  @Override
  public String toString() {
    return description.toString();
  }
}
