package dev.voicebridge.bridge.rtp;

/**
 * Receives the caller's audio, one frame per frame period, from the {@link RtpSession}: a steady
 * clock whatever the network does, so downstream (G.711 decode, resampling, Voice Live) never has
 * to handle gaps.
 *
 * <p>Called on the call's event loop in the pacer's receive phase; must not block.
 */
@FunctionalInterface
public interface InboundAudioSink {
  /**
   * One frame period of the caller's audio.
   *
   * @param frame the payload octets (G.711), {@link RtpAudioFormat#frameBytes()} of them; silence
   *     when {@code playout} is {@link Playout#NONE}. Borrowed: reused for the next frame
   * @param playout whether the frame was received, concealed, or stands for no audio
   */
  void onInboundFrame(byte[] frame, Playout playout);
}
