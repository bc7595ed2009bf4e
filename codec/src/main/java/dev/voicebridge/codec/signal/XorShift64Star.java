package dev.voicebridge.codec.signal;

/**
 * The xorshift64* generator of Vigna (2016, "An experimental exploration of Marsaglia's xorshift
 * generators, scrambled"): one 64-bit state, three shifts and a multiply per number. It is much
 * cheaper than {@link java.util.Random}, has no lock, and is random enough for noise; it is not for
 * security.
 */
final class XorShift64Star {

  private long state;

  /**
   * Creates a generator. The seed goes through the SplitMix64 finalizer first so that small or
   * similar seeds give unrelated sequences and no seed gives the all-zero state, where xorshift
   * would stay forever.
   *
   * @param seed any value
   */
  XorShift64Star(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    this.state = z != 0 ? z : 0x9E3779B97F4A7C15L;
  }

  /** Returns the next 64 random bits. */
  long nextLong() {
    long x = state;
    x ^= x >>> 12;
    x ^= x << 25;
    x ^= x >>> 27;
    state = x;
    return x * 0x2545F4914F6CDD1DL;
  }
}
