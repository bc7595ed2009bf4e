package dev.voicebridge.bridge.sdp;

import static dev.voicebridge.bridge.sdp.SdpNegotiationException.WARNING_INCOMPATIBLE_ADDRESS_FORMAT;
import static dev.voicebridge.bridge.sdp.SdpNegotiationException.WARNING_INCOMPATIBLE_MEDIA_FORMAT;
import static dev.voicebridge.bridge.sdp.SdpNegotiationException.WARNING_INCOMPATIBLE_TRANSPORT;
import static dev.voicebridge.bridge.sdp.SdpNegotiationException.WARNING_MEDIA_TYPE_NOT_AVAILABLE;
import static dev.voicebridge.bridge.sdp.SdpNegotiationException.WARNING_MISCELLANEOUS;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches an SDP offer or answer against the bridge's {@link MediaPolicy} (RFC 3264 §6) and
 * writes the bridge's answer. Stateless and thread-safe; the per-dialog state (o= version, the
 * outstanding offer) lives in {@link SdpDialog}.
 *
 * <p>Exactly one audio stream is used: the first active {@code m=audio} over RTP/AVP. The answer
 * lists exactly one codec, so the far end cannot switch laws mid-call, and keeps the offer's
 * payload type numbers (RFC 3264 §6.1). Every other {@code m=} line is rejected with port 0 in
 * place (RFC 3264 §6), so the answer has as many lines as the offer, in the same order.
 */
public final class SdpNegotiator {
  private final MediaPolicy policy;

  /**
   * A negotiator for one policy.
   *
   * @param policy codecs, packet time and DTMF the bridge accepts
   */
  public SdpNegotiator(MediaPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy this negotiator applies. */
  public MediaPolicy policy() {
    return policy;
  }

  /**
   * Chooses the media for an offer from the far end.
   *
   * @param offer an INVITE's or re-INVITE's offer
   * @param current the codec in use if this is a re-INVITE; kept when still offered, because
   *     switching laws mid-call gains nothing and some gateways glitch on it
   * @return the media to set up
   * @throws SdpNegotiationException (488) naming what was offered if nothing is acceptable
   */
  public NegotiatedMedia negotiate(SdpOffer offer, Optional<G711Codec> current)
      throws SdpNegotiationException {
    AudioStream audio = usable(offer.audio(), offer.description(), "offer");
    List<G711Codec> order = new ArrayList<>(policy.codecPreference());
    current.filter(order::contains).ifPresent(c -> {
      order.remove(c);
      order.add(0, c);
    });
    PayloadFormat chosen = order.stream()
        .flatMap(codec -> firstFormatOf(audio, codec).stream())
        .findFirst()
        .orElseThrow(() -> SdpNegotiationException.notAcceptable(WARNING_INCOMPATIBLE_MEDIA_FORMAT,
            "no common codec: offered " + describe(audio.formats()) + "; the bridge accepts "
                + order.stream().map(c -> c.encodingName() + "/" + G711Codec.CLOCK_RATE)
                    .collect(Collectors.joining(", "))));
    MediaDirection theirs = farEndDirection(audio);
    return media(audio, chosen, theirs.reversed(), theirs);
  }

  /**
   * Writes the bridge's answer to an offer it negotiated.
   *
   * @param offer the offer
   * @param media what {@link #negotiate} chose for it
   * @param origin the o= line, whose version the dialog increments for every new SDP (RFC 3264 §8)
   * @param localRtp the bridge's advertised RTP address and port, an IP literal
   * @return the answer, one {@code m=} line per offered one
   */
  public SdpAnswer answer(
      SdpOffer offer, NegotiatedMedia media, SdpOrigin origin, InetSocketAddress localRtp) {
    int audioIndex = offer.audio().orElseThrow(
        () -> new IllegalArgumentException("offer has no audio stream")).index();
    List<MediaDescription> lines = new ArrayList<>();
    List<MediaDescription> offered = offer.description().media();
    for (int i = 0; i < offered.size(); i++) {
      lines.add(i == audioIndex
          ? LocalSdpWriter.audio(
              List.of(LocalSdpWriter.format(media.codec(), media.payloadType())),
              media.telephoneEvent(), policy.ptimeMs(), media.direction(), localRtp.getPort())
          : offered.get(i).rejected());
    }
    return SdpAnswer.ours(LocalSdpWriter.description(origin, localRtp, lines));
  }

  /**
   * Matches the far end's answer (in the ACK) against the offer the bridge made.
   *
   * @param ourOffer the offer the bridge sent
   * @param answer the far end's answer
   * @return the media to set up
   * @throws SdpNegotiationException (488) if the answer rejects the audio stream or picks a codec
   *     the bridge did not offer; no response can carry it, so the call layer sends BYE
   */
  public NegotiatedMedia acceptAnswer(SdpOffer ourOffer, SdpAnswer answer)
      throws SdpNegotiationException {
    AudioStream offered = ourOffer.audio().orElseThrow(
        () -> new IllegalArgumentException("our offer has no audio stream"));
    List<MediaDescription> lines = answer.description().media();
    if (lines.size() != ourOffer.description().media().size()) {
      throw SdpNegotiationException.notAcceptable(WARNING_MISCELLANEOUS, "answer has "
          + lines.size() + " m= lines for an offer of " + ourOffer.description().media().size()
          + " (RFC 3264 §6)");
    }
    MediaDescription line = lines.get(offered.index());
    Optional<AudioStream> answered = line.mediaType().equals("audio") && !line.isRejected()
        ? Optional.of(AudioStream.of(answer.description(), offered.index()))
        : Optional.empty();
    AudioStream audio = usable(answered, answer.description(), "answer");
    Set<G711Codec> ours = offered.formats().stream()
        .flatMap(f -> G711Codec.of(f).stream()).collect(Collectors.toSet());
    // The answerer's order is its preference; RFC 3264 §6.1 has it list what it will receive.
    PayloadFormat chosen = audio.formats().stream()
        .filter(f -> G711Codec.of(f).filter(ours::contains).isPresent())
        .findFirst()
        .orElseThrow(() -> SdpNegotiationException.notAcceptable(WARNING_INCOMPATIBLE_MEDIA_FORMAT,
            "answer chose " + describe(audio.formats()) + ", none of which the offer had ("
                + describe(offered.formats()) + ")"));
    MediaDirection theirs = farEndDirection(audio);
    return media(audio, chosen, theirs.reversed().limitedTo(offered.direction()), theirs);
  }

  /** The first payload format of the stream carrying this law (0, 8, or a dynamic mapping). */
  private static Optional<PayloadFormat> firstFormatOf(AudioStream audio, G711Codec codec) {
    return audio.formats().stream()
        .filter(f -> G711Codec.of(f).filter(codec::equals).isPresent())
        .findFirst();
  }

  /**
   * The far end's direction as it can really be: RFC 3264 §8.4, whatever the attribute says, a
   * party that gave 0.0.0.0 as its address cannot receive.
   */
  private static MediaDirection farEndDirection(AudioStream audio) {
    return audio.isLegacyHold() ? audio.direction().withoutReceiving() : audio.direction();
  }

  private NegotiatedMedia media(AudioStream audio, PayloadFormat chosen, MediaDirection ours,
      MediaDirection theirs) {
    InetAddress address = audio.connection().toInetAddress().orElseThrow();
    return new NegotiatedMedia(G711Codec.of(chosen).orElseThrow(), chosen.payloadType(),
        new InetSocketAddress(address, audio.port()), policy.ptimeMs(), audio.ptime(), ours,
        policy.telephoneEvent() ? audio.telephoneEvent() : Optional.empty(),
        !theirs.receives());
  }

  /** The audio stream if the bridge can use its transport and address, else why not. */
  private static AudioStream usable(
      Optional<AudioStream> audio, SessionDescription sdp, String role)
      throws SdpNegotiationException {
    if (audio.isEmpty()) {
      throw SdpNegotiationException.notAcceptable(WARNING_MEDIA_TYPE_NOT_AVAILABLE,
          "no active audio stream in the " + role + " (" + describeLines(sdp) + ")");
    }
    AudioStream stream = audio.get();
    if (!stream.isPlainRtp()) {
      // SRTP (RTP/SAVP, SDES a=crypto) and DTLS-SRTP (UDP/TLS/RTP/SAVPF) are a later issue.
      throw SdpNegotiationException.notAcceptable(WARNING_INCOMPATIBLE_TRANSPORT,
          "transport " + stream.protocol() + " is not supported, only " + AudioStream.RTP_AVP
              + " (" + stream.describe() + ")");
    }
    if (stream.connection().toInetAddress().isEmpty()) {
      // Resolving a name would block the call's event loop; carriers send IP literals.
      throw SdpNegotiationException.notAcceptable(WARNING_INCOMPATIBLE_ADDRESS_FORMAT,
          "connection address '" + stream.connection().address() + "' is not an "
              + stream.connection().addressType() + " literal");
    }
    return stream;
  }

  private static String describe(List<PayloadFormat> formats) {
    return formats.stream().map(PayloadFormat::describe).collect(Collectors.joining(", "));
  }

  private static String describeLines(SessionDescription sdp) {
    if (sdp.media().isEmpty()) {
      return "no m= lines";
    }
    Set<String> lines = new LinkedHashSet<>();
    for (MediaDescription m : sdp.media()) {
      lines.add("m=" + m.mediaType() + " " + (m.isRejected() ? "0 " : "") + m.protocol() + " "
          + String.join(" ", m.formats()));
    }
    return String.join(", ", lines);
  }
}
