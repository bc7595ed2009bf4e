package dev.voicebridge.codec.signal;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Level, frequency and allocation measurements for the generator tests, independent of the
 * generators.
 */
final class SignalMeasure {

  private SignalMeasure() {}

  /** Returns the RMS level in dB relative to a full-scale square wave of ±32,767. */
  static double rmsDbfs(short[] samples) {
    double sum = 0;
    for (short sample : samples) {
      sum += (double) sample * sample;
    }
    return toDbfs(Math.sqrt(sum / samples.length));
  }

  /**
   * Returns the RMS level, in dBFS, of the component of the signal at one frequency, by the
   * Goertzel algorithm. For a pure tone with a whole number of cycles in the signal this is the
   * tone's own level; other frequencies at whole numbers of cycles contribute nothing.
   */
  static double goertzelDbfs(short[] samples, double frequencyHz, int sampleRate) {
    double coefficient = 2 * Math.cos(2 * Math.PI * frequencyHz / sampleRate);
    double previous = 0;
    double beforePrevious = 0;
    for (short sample : samples) {
      double current = sample + coefficient * previous - beforePrevious;
      beforePrevious = previous;
      previous = current;
    }
    double power =
        previous * previous
            + beforePrevious * beforePrevious
            - coefficient * previous * beforePrevious;
    // A tone of amplitude A gives |X|² = (A N / 2)², and its RMS is A / √2 = √(2 |X|²) / N.
    return toDbfs(Math.sqrt(2 * power) / samples.length);
  }

  /** Returns the mean Goertzel power, in dBFS, over whole-hertz frequencies in [from, to]. */
  static double bandDbfs(short[] samples, int fromHz, int toHz, int stepHz, int sampleRate) {
    double sum = 0;
    int count = 0;
    for (int frequency = fromHz; frequency <= toHz; frequency += stepHz) {
      sum += Math.pow(10, goertzelDbfs(samples, frequency, sampleRate) / 10);
      count++;
    }
    return 10 * Math.log10(sum / count);
  }

  /**
   * Returns how many bytes the current thread allocates while running {@code action} {@code times}
   * times, after as many warm-up runs; a result near zero means the action does not allocate.
   * Aborts the test where the JVM cannot count allocations.
   */
  static long allocatedBytes(Runnable action, int times) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
    for (int i = 0; i < times; i++) {
      action.run();
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < times; i++) {
      action.run();
    }
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static double toDbfs(double rms) {
    return 20 * Math.log10(rms / 32767);
  }
}
