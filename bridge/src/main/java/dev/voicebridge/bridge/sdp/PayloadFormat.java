package dev.voicebridge.bridge.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One RTP payload type of an audio {@code m=} line with what its {@code a=rtpmap} and {@code
 * a=fmtp} lines say about it.
 *
 * @param payloadType 0-127
 * @param encodingName e.g. {@code PCMU}, {@code telephone-event}; empty for a dynamic payload
 *     type without {@code a=rtpmap}
 * @param clockRate the RTP clock rate in Hz; 0 when unknown
 * @param channels audio channels, 1 unless the rtpmap says otherwise
 * @param fmtp the format parameters after the payload type of {@code a=fmtp}, empty if none
 */
public record PayloadFormat(
    int payloadType, String encodingName, int clockRate, int channels, String fmtp) {

  /** The RFC 4733 encoding name of DTMF events. */
  public static final String TELEPHONE_EVENT = "telephone-event";

  /** The highest RTP payload type (seven bits, RFC 3550 §5.1). */
  public static final int MAX_PAYLOAD_TYPE = 127;

  // RFC 3551 Table 4: static audio payload types an offer may list without a=rtpmap.
  private static final Map<Integer, String> STATIC_AUDIO = Map.ofEntries(
      Map.entry(0, "PCMU/8000"), Map.entry(3, "GSM/8000"), Map.entry(4, "G723/8000"),
      Map.entry(5, "DVI4/8000"), Map.entry(6, "DVI4/16000"), Map.entry(7, "LPC/8000"),
      Map.entry(8, "PCMA/8000"), Map.entry(9, "G722/8000"), Map.entry(10, "L16/44100/2"),
      Map.entry(11, "L16/44100"), Map.entry(12, "QCELP/8000"), Map.entry(13, "CN/8000"),
      Map.entry(14, "MPA/90000"), Map.entry(15, "G728/8000"), Map.entry(16, "DVI4/11025"),
      Map.entry(17, "DVI4/22050"), Map.entry(18, "G729/8000"));

  /** Checks the components. */
  public PayloadFormat {
    Objects.requireNonNull(encodingName, "encodingName");
    Objects.requireNonNull(fmtp, "fmtp");
    if (payloadType < 0 || payloadType > MAX_PAYLOAD_TYPE) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
  }

  /**
   * The payload formats of an RTP media section, in the order of its {@code m=} line. An
   * {@code a=rtpmap} line wins over the static table, so a device that maps PCMU to a dynamic
   * payload type (or remaps a static one) is understood.
   *
   * @param media an RTP media section
   * @return one format per listed payload type
   * @throws SdpNegotiationException (400) if a payload type or a rtpmap line is malformed
   */
  public static List<PayloadFormat> of(MediaDescription media) throws SdpNegotiationException {
    Map<Integer, String> rtpMaps = new HashMap<>();
    Map<Integer, String> fmtps = new HashMap<>();
    for (SdpAttribute attribute : media.attributes()) {
      if (attribute.name().equals("rtpmap") || attribute.name().equals("fmtp")) {
        boolean rtpMap = attribute.name().equals("rtpmap");
        String[] parts = attribute.value().strip().split(" +", 2);
        Integer payloadType = payloadType(parts[0]);
        // An fmtp line without parameters is pointless but harmless; an rtpmap needs its name.
        if (payloadType == null || rtpMap && parts.length < 2) {
          throw malformed(media, "a=" + attribute.toSdpValue());
        }
        (rtpMap ? rtpMaps : fmtps).putIfAbsent(payloadType, parts.length < 2 ? "" : parts[1]);
      }
    }
    List<PayloadFormat> formats = new ArrayList<>(media.formats().size());
    for (String format : media.formats()) {
      Integer payloadType = payloadType(format);
      if (payloadType == null) {
        throw malformed(media, "payload type '" + format + "'");
      }
      String rtpMap =
          rtpMaps.getOrDefault(payloadType, STATIC_AUDIO.getOrDefault(payloadType, ""));
      formats.add(format(media, payloadType, rtpMap, fmtps.getOrDefault(payloadType, "")));
    }
    return formats;
  }

  private static PayloadFormat format(
      MediaDescription media, int payloadType, String rtpMap, String fmtp)
      throws SdpNegotiationException {
    if (rtpMap.isEmpty()) {
      return new PayloadFormat(payloadType, "", 0, 1, fmtp);
    }
    // <encoding name>/<clock rate>[/<encoding parameters>] (RFC 8866 §6.6)
    String[] encoding = rtpMap.split("/", -1);
    if (encoding.length < 2 || encoding.length > 3 || encoding[0].isEmpty()
        || !isNumber(encoding[1]) || encoding.length == 3 && !isNumber(encoding[2])) {
      throw malformed(media, "a=rtpmap:" + payloadType + " " + rtpMap);
    }
    int channels = encoding.length == 3 ? Integer.parseInt(encoding[2]) : 1;
    return new PayloadFormat(
        payloadType, encoding[0], Integer.parseInt(encoding[1]), channels, fmtp);
  }

  /** Whether this is RFC 4733 DTMF ({@code telephone-event}). */
  public boolean isTelephoneEvent() {
    return encodingName.equalsIgnoreCase(TELEPHONE_EVENT);
  }

  /** How an error message names the format: {@code G729/8000 (18)}, or {@code 96} if unmapped. */
  public String describe() {
    return encodingName.isEmpty()
        ? String.valueOf(payloadType)
        : encodingName + "/" + clockRate + " (" + payloadType + ")";
  }

  private static Integer payloadType(String text) {
    if (!isNumber(text) || text.length() > 3) {
      return null;
    }
    int value = Integer.parseInt(text);
    return value <= MAX_PAYLOAD_TYPE ? value : null;
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.length() <= 9
        && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static SdpNegotiationException malformed(MediaDescription media, String what) {
    return SdpNegotiationException.malformed(
        "malformed SDP, m=" + media.mediaType() + ": bad " + what);
  }
}
