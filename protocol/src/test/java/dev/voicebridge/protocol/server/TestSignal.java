package dev.voicebridge.protocol.server;

import java.util.Arrays;

/** Builds PCM16 test signals of tone and silence segments, sample-exact. */
final class TestSignal {
  final int rate;
  short[] samples = new short[0];

  TestSignal(int rate) {
    this.rate = rate;
  }

  TestSignal silence(int ms) {
    return append(ms, 0, 0);
  }

  TestSignal tone(int ms, double dbfs) {
    return append(ms, 440, dbfs);
  }

  /** Samples {@code [fromMs, toMs)}. */
  short[] slice(long fromMs, long toMs) {
    return Arrays.copyOfRange(samples, (int) (fromMs * rate / 1000), (int) (toMs * rate / 1000));
  }

  /** Little-endian PCM16 bytes of samples {@code [from, to)}. */
  byte[] pcm16(int from, int to) {
    byte[] out = new byte[(to - from) * 2];
    for (int i = from; i < to; i++) {
      out[2 * (i - from)] = (byte) samples[i];
      out[2 * (i - from) + 1] = (byte) (samples[i] >> 8);
    }
    return out;
  }

  static short[] fromPcm16(byte[] bytes) {
    short[] out = new short[bytes.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
    }
    return out;
  }

  private TestSignal append(int ms, double hz, double dbfs) {
    int n = rate * ms / 1000;
    int from = samples.length;
    samples = Arrays.copyOf(samples, from + n);
    double peak = 32768 * Math.pow(10, dbfs / 20) * Math.sqrt(2);
    for (int i = 0; i < n; i++) {
      samples[from + i] = (short) Math.round(peak * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return this;
  }
}
