package dev.voicebridge.bridge.call;

import dev.voicebridge.codec.frame.G711ToPcm16;
import dev.voicebridge.protocol.client.RealtimeSession;

/**
 * The caller's audio on its way to Voice Live: each frame period's G.711 frame, converted to the
 * model's input format and batched into one {@code input_audio_buffer.append} per append
 * interval.
 *
 * <p>Every frame period yields a frame, silence included, so the model's audio clock keeps
 * running while the caller's phone sends nothing (DTX, loss): server VAD needs that silence to end
 * the turn. Runs on the call's event loop; the batch buffer is allocated once per call.
 */
final class CallerAudioUplink {
  private final G711ToPcm16 decoder;
  private final byte[] batch;
  private final int framesPerAppend;
  private int frames;
  private int filled;
  private long framesSent;
  private long appends;

  /**
   * @param decoder G.711 to PCM16 at the model's rate, or {@code null} for G.711 passthrough
   * @param frameBytes G.711 octets per RTP frame
   * @param framesPerAppend frames batched into one append, at least 1
   */
  CallerAudioUplink(G711ToPcm16 decoder, int frameBytes, int framesPerAppend) {
    if (framesPerAppend < 1) {
      throw new IllegalArgumentException("framesPerAppend must be >= 1, got " + framesPerAppend);
    }
    this.decoder = decoder;
    this.framesPerAppend = framesPerAppend;
    int perFrame = decoder == null ? frameBytes : decoder.maxOutputBytes(frameBytes);
    this.batch = new byte[perFrame * framesPerAppend];
  }

  /**
   * How many frames of {@code ptimeMs} one append of {@code appendIntervalMs} carries: at least
   * one, as audio cannot be sent in pieces smaller than the caller's packets.
   */
  static int framesPerAppend(long appendIntervalMs, int ptimeMs) {
    return (int) Math.max(1, appendIntervalMs / ptimeMs);
  }

  /** Adds one frame period of caller audio; sends the batch when it is full. */
  void onFrame(byte[] g711, int length, RealtimeSession session) {
    if (decoder == null) {
      System.arraycopy(g711, 0, batch, filled, length);
      filled += length;
    } else {
      filled += decoder.convert(g711, 0, length, batch, filled);
    }
    if (++frames == framesPerAppend) {
      session.sendAudio(batch, 0, filled);
      framesSent += frames;
      appends++;
      frames = 0;
      filled = 0;
    }
  }

  /**
   * Drops a partial batch, e.g. when the call goes on hold: the audio after the hold must not be
   * glued to audio from before it.
   */
  void discardPartial() {
    frames = 0;
    filled = 0;
  }

  /** Caller frames sent to the model so far. */
  long framesSent() {
    return framesSent;
  }

  /** Appends sent so far. */
  long appends() {
    return appends;
  }
}
