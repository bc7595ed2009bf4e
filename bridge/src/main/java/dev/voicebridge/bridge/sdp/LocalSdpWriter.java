package dev.voicebridge.bridge.sdp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the parts of the bridge's own SDP (answers and offers) that both share: the session
 * lines and the audio section.
 */
final class LocalSdpWriter {
  /** RFC 8866 §5.3: "-" when the session has no name worth giving. */
  static final String SESSION_NAME = "-";

  private LocalSdpWriter() {}

  /**
   * A session description with the connection address at session level, which every media
   * section shares; rejected sections have port 0 and no address of their own.
   */
  static SessionDescription description(
      SdpOrigin origin, InetSocketAddress localRtp, List<MediaDescription> media) {
    return new SessionDescription(origin, SESSION_NAME,
        Optional.of(ConnectionAddress.of(localRtp.getAddress())), List.of(), media);
  }

  /**
   * The audio section: the codecs, then telephone-event, each with an rtpmap (redundant for the
   * static types 0 and 8, but some SBCs log a warning without it), then ptime and the direction.
   * The direction is always written, even sendrecv, because a few PBXs do not apply the RFC 8866
   * §6.7 default after a re-INVITE that put them on hold.
   */
  static MediaDescription audio(List<PayloadFormat> codecs, Optional<TelephoneEvent> dtmf,
      int ptimeMs, MediaDirection direction, int port) {
    List<String> formats = new ArrayList<>();
    List<SdpAttribute> attributes = new ArrayList<>();
    for (PayloadFormat codec : codecs) {
      formats.add(String.valueOf(codec.payloadType()));
      attributes.add(new SdpAttribute("rtpmap",
          codec.payloadType() + " " + codec.encodingName() + "/" + codec.clockRate()));
    }
    dtmf.ifPresent(te -> {
      formats.add(String.valueOf(te.payloadType()));
      attributes.add(new SdpAttribute("rtpmap", te.rtpMapValue()));
      if (!te.events().isEmpty()) {
        attributes.add(new SdpAttribute("fmtp", te.payloadType() + " " + te.events()));
      }
    });
    attributes.add(new SdpAttribute("ptime", String.valueOf(ptimeMs)));
    attributes.add(direction.toAttribute());
    return new MediaDescription(
        "audio", port, AudioStream.RTP_AVP, formats, Optional.empty(), attributes);
  }

  /** The payload format of a G.711 law under a payload type. */
  static PayloadFormat format(G711Codec codec, int payloadType) {
    return new PayloadFormat(payloadType, codec.encodingName(), G711Codec.CLOCK_RATE, 1, "");
  }
}
