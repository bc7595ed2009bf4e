package dev.voicebridge.bench;

import dev.voicebridge.codec.frame.G711ToPcm16;
import dev.voicebridge.codec.frame.Pcm16ToG711;
import dev.voicebridge.codec.g711.G711Law;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a mu-law 8 kHz file through the call path's full round trip, in 20 ms frames: decode and
 * upsample to 24 kHz, then downsample to 8 kHz and encode, and prints the thread's CPU time.
 * {@code bench/sox-compare.sh} runs it beside sox on the same hour of audio.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.voicebridge.bench.HourRoundTrip
 * FILE.ulaw [RATE]}
 */
public final class HourRoundTrip {
  private HourRoundTrip() {}

  /**
   * Converts the file and prints the CPU time.
   *
   * @param args the raw mu-law file, and optionally the model's rate (default 24000)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] ulaw = Files.readAllBytes(Path.of(args[0]));
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 24000;
    // The JIT compiles the hot loops during a first pass; the second pass is what a call sees.
    roundTrip(ulaw, rate);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long checksum = roundTrip(ulaw, rate);
    long cpuNanos = threads.getCurrentThreadCpuTime() - start;
    double seconds = ulaw.length / 8000.0;
    System.out.printf(
        "round trip 8k->%dk->8k of %.0f s of audio: %.3f s CPU, %.4f ms per call-second, "
            + "%.0fx realtime (checksum %d)%n",
        rate / 1000, seconds, cpuNanos / 1e9, cpuNanos / 1e6 / seconds,
        seconds / (cpuNanos / 1e9), checksum);
  }

  private static long roundTrip(byte[] ulaw, int rate) {
    G711ToPcm16 up = new G711ToPcm16(G711Law.ULAW, rate);
    Pcm16ToG711 down = new Pcm16ToG711(rate, G711Law.ULAW);
    byte[] wide = new byte[up.maxOutputBytes(160)];
    byte[] back = new byte[down.maxOutputBytes(wide.length)];
    long checksum = 0;
    for (int off = 0; off + 160 <= ulaw.length; off += 160) {
      int n = up.convert(ulaw, off, 160, wide, 0);
      int m = down.convert(wide, 0, n, back, 0);
      checksum += back[m - 1];
    }
    return checksum;
  }
}
