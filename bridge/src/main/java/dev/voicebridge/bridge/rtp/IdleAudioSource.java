package dev.voicebridge.bridge.rtp;

import java.util.Arrays;

/**
 * What the {@link RtpSender} sends in a frame period when the model has nothing queued. Silence by
 * default, so the caller's side keeps receiving a steady stream (some gateways and NATs drop a call
 * whose RTP stops); a comfort noise generator can plug in here, writing low-level noise in the
 * negotiated payload format.
 *
 * <p>Called on the call's event loop once per idle frame period; must not allocate or block.
 */
@FunctionalInterface
public interface IdleAudioSource {
  /** Sends nothing while idle (DTX); the next packet then carries the marker bit. */
  IdleAudioSource NOTHING = frame -> false;

  /**
   * Fills one idle frame.
   *
   * @param frame receives exactly {@code frame.length} payload octets
   * @return {@code true} to send the frame, {@code false} to send nothing this period
   */
  boolean fill(byte[] frame);

  /** Digital silence: every octet {@code silence} (0xFF μ-law, 0xD5 A-law). */
  static IdleAudioSource silence(byte silence) {
    return frame -> {
      Arrays.fill(frame, silence);
      return true;
    };
  }
}
