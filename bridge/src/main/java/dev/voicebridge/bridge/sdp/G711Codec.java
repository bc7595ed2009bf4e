package dev.voicebridge.bridge.sdp;

import java.util.Optional;

/**
 * The two G.711 laws the bridge negotiates, with their RTP static payload types and encoding
 * names (RFC 3551 §4.5.14, Table 4).
 */
public enum G711Codec {
  /** G.711 μ-law, static payload type 0: North America and Japan. */
  PCMU(0, "PCMU"),
  /** G.711 A-law, static payload type 8: most of the rest of the world. */
  PCMA(8, "PCMA");

  /** Sampling rate and RTP clock rate of G.711. */
  public static final int CLOCK_RATE = 8000;

  private final int staticPayloadType;
  private final String encodingName;

  G711Codec(int staticPayloadType, String encodingName) {
    this.staticPayloadType = staticPayloadType;
    this.encodingName = encodingName;
  }

  /** The RFC 3551 static payload type: 0 or 8. */
  public int staticPayloadType() {
    return staticPayloadType;
  }

  /** The encoding name of {@code a=rtpmap}: {@code PCMU} or {@code PCMA}. */
  public String encodingName() {
    return encodingName;
  }

  /** The value of this codec's {@code a=rtpmap} line for the given payload type. */
  String rtpMapValue(int payloadType) {
    return payloadType + " " + encodingName + "/" + CLOCK_RATE;
  }

  /**
   * The G.711 law a payload format describes. Encoding names are case-insensitive (RFC 4855
   * §3); a clock rate other than 8000 or more than one channel is not G.711 as telephony uses it.
   *
   * @param format the offered or answered payload format
   * @return the law, or empty for any other format
   */
  public static Optional<G711Codec> of(PayloadFormat format) {
    if (format.clockRate() != CLOCK_RATE || format.channels() != 1) {
      return Optional.empty();
    }
    for (G711Codec codec : values()) {
      if (codec.encodingName.equalsIgnoreCase(format.encodingName())) {
        return Optional.of(codec);
      }
    }
    return Optional.empty();
  }
}
