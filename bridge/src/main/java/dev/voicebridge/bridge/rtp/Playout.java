package dev.voicebridge.bridge.rtp;

/** What {@link JitterBuffer#poll} produced for one frame period. */
public enum Playout {
  /** A received frame, copied into the destination. */
  FRAME,
  /**
   * A frame lost (or too late) inside a talkspurt, concealed in the destination: the last frame
   * attenuated, then silence.
   */
  CONCEALED,
  /**
   * Nothing to play: the caller is silent (DTX, or not sending yet), or the buffer is filling. The
   * destination is untouched; the caller substitutes silence so downstream clocks keep running.
   */
  NONE
}
