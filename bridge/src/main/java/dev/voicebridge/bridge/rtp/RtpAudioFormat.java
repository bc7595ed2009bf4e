package dev.voicebridge.bridge.rtp;

/**
 * The negotiated audio of one RTP stream, as the RTP layer needs it: payload type, RTP clock, the
 * packetization time and the payload octets of one frame, and the octet that encodes silence. The
 * payload itself stays opaque here; the codec lives elsewhere.
 *
 * @param payloadType the RTP payload type, 0-127 (RFC 3551 §6: 0 for PCMU, 8 for PCMA)
 * @param clockRate the RTP timestamp clock in Hz (8000 for G.711)
 * @param ptimeMs the frame duration in milliseconds; one RTP packet per frame is sent
 * @param frameBytes payload octets of one frame (160 for 20 ms of G.711)
 * @param silence the payload octet of digital silence (0xFF in μ-law, 0xD5 in A-law)
 */
public record RtpAudioFormat(
    int payloadType, int clockRate, int ptimeMs, int frameBytes, byte silence) {
  /** The default packetization time (RFC 3551 §4.5.14 recommends 20 ms for G.711). */
  public static final int DEFAULT_PTIME_MS = 20;

  /** G.711 μ-law at 20 ms: PT 0, silence 0xFF. */
  public static final RtpAudioFormat PCMU = new RtpAudioFormat(0, 8000, 20, 160, (byte) 0xFF);

  /** G.711 A-law at 20 ms: PT 8, silence 0xD5 (0x80 with the even bits inverted). */
  public static final RtpAudioFormat PCMA = new RtpAudioFormat(8, 8000, 20, 160, (byte) 0xD5);

  /** Validates the fields. */
  public RtpAudioFormat {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
    if (clockRate <= 0 || ptimeMs <= 0 || frameBytes <= 0) {
      throw new IllegalArgumentException(
          "clock rate, ptime and frame size must be positive: "
              + clockRate
              + ", "
              + ptimeMs
              + ", "
              + frameBytes);
    }
    if ((long) clockRate * ptimeMs % 1000 != 0) {
      throw new IllegalArgumentException(
          ptimeMs + " ms is not a whole number of samples at " + clockRate + " Hz");
    }
  }

  /**
   * The same format at another packetization time, the frame size scaled to match (for G.711, 8
   * octets per millisecond).
   */
  public RtpAudioFormat withPtime(int newPtimeMs) {
    if (newPtimeMs <= 0 || (long) frameBytes * newPtimeMs % ptimeMs != 0) {
      throw new IllegalArgumentException("cannot scale " + ptimeMs + " ms frames to " + newPtimeMs);
    }
    return new RtpAudioFormat(
        payloadType, clockRate, newPtimeMs, frameBytes * newPtimeMs / ptimeMs, silence);
  }

  /** RTP timestamp units in one frame: how far the timestamp advances per packet. */
  public int samplesPerFrame() {
    return clockRate * ptimeMs / 1000;
  }
}
