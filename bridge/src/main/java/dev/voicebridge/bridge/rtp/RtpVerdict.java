package dev.voicebridge.bridge.rtp;

/**
 * What a datagram received on an RTP port turned out to be, as decided by {@link
 * RtpHeaders#verdict}. Everything but {@link #RTP} and {@link #RTCP} is a reason to drop it.
 */
public enum RtpVerdict {
  /** A well-formed RTP packet. */
  RTP,
  /** An RTCP packet multiplexed on the RTP port (RFC 5761 §4). */
  RTCP,
  /** Shorter than the fixed header, its CSRC list or its header extension. */
  TRUNCATED,
  /** The version field is not 2. */
  BAD_VERSION,
  /** The padding count is zero or runs into the header. */
  BAD_PADDING
}
