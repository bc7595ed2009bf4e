package dev.voicebridge.bridge.sdp;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The offer/answer state of one SIP dialog: the bridge's o= line, the outstanding offer and the
 * media in force.
 *
 * <p>RFC 3264 §8: every SDP the bridge sends in the dialog repeats the o= line with the version
 * incremented by one; a failed re-INVITE leaves the session and the version as they were. The
 * first INVITE and every re-INVITE with SDP go through {@link #answer}; an INVITE or re-INVITE
 * without SDP goes through {@link #createOffer} and then {@link #acceptAnswer} with the ACK's body.
 *
 * <p>Not thread-safe: confine it to the call's event loop like the rest of the call.
 */
public final class SdpDialog {
  /** RFC 8866 §5.2: "-" when the host has no user id to give. */
  static final String USERNAME = "-";

  private final SdpNegotiator negotiator;
  private final InetSocketAddress localRtp;
  private final String sessionId;
  private long version;
  private SessionDescription lastSent;
  private int lastAudioIndex;
  private SdpOffer outstandingOffer;
  private NegotiatedMedia media;

  /**
   * A dialog with a random session id.
   *
   * @param negotiator the negotiator holding the bridge's media policy
   * @param localRtp the advertised RTP address (an IP literal) and the call's RTP port
   */
  public SdpDialog(SdpNegotiator negotiator, InetSocketAddress localRtp) {
    // RFC 3264 §5: the id must fit a signed 64-bit integer; keep it below 2^62 like the version.
    this(negotiator, localRtp, ThreadLocalRandom.current().nextLong(1L << 62));
  }

  /**
   * A dialog with a given session id, for reproducible output.
   *
   * @param negotiator the negotiator holding the bridge's media policy
   * @param localRtp the advertised RTP address (an IP literal) and the call's RTP port
   * @param sessionId the numeric o= session id
   */
  public SdpDialog(SdpNegotiator negotiator, InetSocketAddress localRtp, long sessionId) {
    this.negotiator = Objects.requireNonNull(negotiator, "negotiator");
    this.localRtp = Objects.requireNonNull(localRtp, "localRtp");
    if (localRtp.isUnresolved() || localRtp.getAddress().isAnyLocalAddress()) {
      throw new IllegalArgumentException("advertise a concrete IP, not " + localRtp);
    }
    this.sessionId = Long.toString(sessionId);
  }

  /**
   * Answers an offer: the INVITE's or a re-INVITE's (hold, resume, a new media address).
   *
   * @param offer the far end's offer
   * @return the media and the answer, whose o= version is one above the last SDP sent
   * @throws SdpNegotiationException (400 or 488) if the offer cannot be accepted; the dialog's
   *     media and version are then unchanged
   */
  public Negotiation answer(SdpOffer offer) throws SdpNegotiationException {
    NegotiatedMedia negotiated =
        negotiator.negotiate(offer, media().map(NegotiatedMedia::codec));
    SdpAnswer answer = negotiator.answer(offer, negotiated, nextOrigin(), localRtp);
    sent(answer.description(), offer.audio().orElseThrow().index());
    outstandingOffer = null;
    media = negotiated;
    return new Negotiation(negotiated, answer);
  }

  /**
   * The bridge's own offer for an INVITE or re-INVITE without SDP, remembered until {@link
   * #acceptAnswer}.
   *
   * @return the offer, whose o= version is one above the last SDP sent
   */
  public SdpOffer createOffer() {
    SdpOfferBuilder builder = new SdpOfferBuilder(negotiator.policy())
        .origin(nextOrigin())
        .localRtp(localRtp);
    if (lastSent != null) {
      builder.previous(lastSent, lastAudioIndex);
    }
    SdpOffer offer = builder.build();
    sent(offer.description(), offer.audio().orElseThrow().index());
    outstandingOffer = offer;
    return offer;
  }

  /**
   * Accepts the far end's answer to the offer from {@link #createOffer}.
   *
   * @param answer the answer from the ACK
   * @return the media to set up
   * @throws SdpNegotiationException (488) if the answer is unacceptable; the call layer then
   *     ends the dialog with BYE, as an ACK cannot be refused
   * @throws IllegalStateException if no offer is outstanding
   */
  public NegotiatedMedia acceptAnswer(SdpAnswer answer) throws SdpNegotiationException {
    if (outstandingOffer == null) {
      throw new IllegalStateException("no offer outstanding in this dialog");
    }
    NegotiatedMedia negotiated = negotiator.acceptAnswer(outstandingOffer, answer);
    outstandingOffer = null;
    media = negotiated;
    return negotiated;
  }

  /** The media in force, empty until the first exchange completes. */
  public Optional<NegotiatedMedia> media() {
    return Optional.ofNullable(media);
  }

  /** The offer sent and not yet answered, if any. */
  public Optional<SdpOffer> outstandingOffer() {
    return Optional.ofNullable(outstandingOffer);
  }

  private SdpOrigin nextOrigin() {
    return new SdpOrigin(USERNAME, sessionId, Long.toString(version + 1),
        ConnectionAddress.of(localRtp.getAddress()));
  }

  private void sent(SessionDescription description, int audioIndex) {
    version++;
    lastSent = description;
    lastAudioIndex = audioIndex;
  }
}
