package dev.voicebridge.bridge.sdp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the bridge's own offer, for an INVITE or re-INVITE that arrived without SDP (RFC 3264
 * §5; RFC 3261 §13.2.1 puts the offer in the 200 OK and the answer in the ACK).
 *
 * <p>The offer lists every codec of the {@link MediaPolicy} in its order with their static
 * payload types, then telephone-event with events 0-16, {@code a=ptime}, and the direction
 * (sendrecv unless set). Not thread-safe; build one offer per builder.
 */
public final class SdpOfferBuilder {
  private final MediaPolicy policy;
  private SdpOrigin origin;
  private InetSocketAddress localRtp;
  private MediaDirection direction = MediaDirection.SENDRECV;
  private List<MediaDescription> previous = List.of();
  private int previousAudioIndex;

  /**
   * A builder for offers under a policy.
   *
   * @param policy the codecs, packet time and DTMF to offer
   */
  public SdpOfferBuilder(MediaPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Sets the o= line (required).
   *
   * @param origin our origin with this description's version
   * @return this builder
   */
  public SdpOfferBuilder origin(SdpOrigin origin) {
    this.origin = Objects.requireNonNull(origin, "origin");
    return this;
  }

  /**
   * Sets the advertised RTP address and port (required).
   *
   * @param localRtp an IP literal and the call's RTP port
   * @return this builder
   */
  public SdpOfferBuilder localRtp(InetSocketAddress localRtp) {
    this.localRtp = Objects.requireNonNull(localRtp, "localRtp");
    return this;
  }

  /**
   * Sets the direction, sendrecv by default; sendonly puts the far end on hold (RFC 3264 §8.4).
   *
   * @param direction the bridge's direction
   * @return this builder
   */
  public SdpOfferBuilder direction(MediaDirection direction) {
    this.direction = Objects.requireNonNull(direction, "direction");
    return this;
  }

  /**
   * Keeps the media lines of the previous description of the dialog. RFC 3264 §8 requires a new
   * offer to list at least as many {@code m=} lines as the last one, in the same places: the
   * audio stream takes its old place and every other line stays, rejected with port 0.
   *
   * @param previous the last SDP the bridge sent in this dialog
   * @param audioIndex the position of its audio line
   * @return this builder
   */
  public SdpOfferBuilder previous(SessionDescription previous, int audioIndex) {
    if (audioIndex < 0 || audioIndex >= previous.media().size()) {
      throw new IllegalArgumentException("no media line " + audioIndex + " in the previous SDP");
    }
    this.previous = previous.media();
    this.previousAudioIndex = audioIndex;
    return this;
  }

  /** The offer; the origin and local RTP address must have been set. */
  public SdpOffer build() {
    if (origin == null || localRtp == null) {
      throw new IllegalStateException("an offer needs an origin and a local RTP address");
    }
    List<PayloadFormat> codecs = policy.codecPreference().stream()
        .map(codec -> LocalSdpWriter.format(codec, codec.staticPayloadType()))
        .toList();
    Optional<TelephoneEvent> dtmf = policy.telephoneEvent()
        ? Optional.of(new TelephoneEvent(
            policy.telephoneEventPayloadType(), TelephoneEvent.DEFAULT_EVENTS))
        : Optional.empty();
    MediaDescription audio = LocalSdpWriter.audio(
        codecs, dtmf, policy.ptimeMs(), direction, localRtp.getPort());
    List<MediaDescription> lines = new ArrayList<>();
    for (int i = 0; i < previous.size(); i++) {
      lines.add(i == previousAudioIndex ? audio : previous.get(i).rejected());
    }
    if (lines.isEmpty()) {
      lines.add(audio);
    }
    return SdpOffer.ours(LocalSdpWriter.description(origin, localRtp, lines));
  }
}
