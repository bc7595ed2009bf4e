package dev.voicebridge.protocol.server;

/**
 * The greeting: a two-tone chime, 440 Hz then 660 Hz, 500 ms each at -12 dBFS RMS, with 10 ms fades
 * so the cuts do not click. Easy to recognise in a recording and to detect in a test.
 */
final class GreetingTone {
  /** The transcript sent with the chime. */
  static final String TRANSCRIPT = "[greeting]";

  /** Level of each tone. */
  static final double LEVEL_DBFS = -12.0;

  /** Length of each of the two tones. */
  static final int TONE_MS = 500;

  private GreetingTone() {}

  /** The chime at a sampling rate. */
  static Agent.Reply chime(int sampleRate) {
    int toneSamples = sampleRate * TONE_MS / 1000;
    short[] out = new short[2 * toneSamples];
    tone(out, 0, toneSamples, 440, sampleRate);
    tone(out, toneSamples, toneSamples, 660, sampleRate);
    return new Agent.Reply(AudioClip.of(out), TRANSCRIPT);
  }

  private static void tone(short[] out, int offset, int count, double hz, int rate) {
    double peak = 32767 * Math.pow(10, LEVEL_DBFS / 20) * Math.sqrt(2);
    int fade = rate / 100;
    for (int i = 0; i < count; i++) {
      double gain = Math.min(1.0, Math.min(i, count - 1 - i) / (double) fade);
      out[offset + i] = (short) Math.round(peak * gain * Math.sin(2 * Math.PI * hz * i / rate));
    }
  }
}
