package dev.voicebridge.protocol.server;

/**
 * The first {@code length} samples of an array that may be longer: turns and replies live in
 * per-session reused arrays ({@link SampleArrays}), so their length is not the array's.
 *
 * <p>The record is immutable; the samples are not copied, and whoever holds the clip owns them
 * until it gives the array back.
 *
 * @param samples PCM16 samples; only {@code [0, length)} is audio
 * @param length how many samples are audio
 */
record AudioClip(short[] samples, int length) {

  AudioClip {
    if (length < 0 || length > samples.length) {
      throw new IllegalArgumentException(
          "clip of " + length + " samples in an array of " + samples.length);
    }
  }

  /** A clip of a whole array. */
  static AudioClip of(short[] samples) {
    return new AudioClip(samples, samples.length);
  }

  /** The clip's duration at a sampling rate, rounded down. */
  long durationMs(int sampleRate) {
    return (long) length * 1000 / sampleRate;
  }
}
