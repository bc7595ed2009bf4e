package dev.voicebridge.bridge.call;

import dev.voicebridge.codec.g711.G711Law;
import dev.voicebridge.codec.signal.ToneGenerator;

/**
 * A tone the bridge plays itself, e.g. the {@code tone} greeting that tells a caller (or a load
 * test listening for it) that the call was answered, before the model says anything.
 */
final class LocalTone {
  /** Loud enough to hear over a noisy line, far from clipping. */
  static final double LEVEL_DBFS = -16.0;
  /** Raised-cosine ramps: a tone that starts or stops abruptly clicks. */
  static final int FADE_SAMPLES = 80;

  private LocalTone() {}

  /**
   * The tone as G.711, padded with silence to whole frames.
   *
   * @param law the call's law
   * @param frequencyHz the frequency
   * @param millis how long it plays
   * @param frameBytes octets per RTP frame
   * @return the codes, a multiple of {@code frameBytes} long
   */
  static byte[] g711(G711Law law, int frequencyHz, long millis, int frameBytes) {
    int samples = (int) (millis * G711Law.SAMPLE_RATE / 1000);
    int padded = (samples + frameBytes - 1) / frameBytes * frameBytes;
    short[] pcm = new short[padded];
    new ToneGenerator(frequencyHz, LEVEL_DBFS, G711Law.SAMPLE_RATE).fill(pcm, 0, samples);
    int fade = Math.min(FADE_SAMPLES, samples / 2);
    for (int i = 0; i < fade; i++) {
      double gain = 0.5 - 0.5 * Math.cos(Math.PI * i / fade);
      pcm[i] = (short) Math.round(pcm[i] * gain);
      pcm[samples - 1 - i] = (short) Math.round(pcm[samples - 1 - i] * gain);
    }
    byte[] g711 = new byte[padded];
    law.encode(pcm, 0, g711, 0, padded);
    return g711;
  }
}
